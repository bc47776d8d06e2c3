namespace EcoTwin.Domain.Auth;

/// <summary>The roles of platform users (one per user); <see cref="PermissionMatrix"/> says what each may do.</summary>
public enum Role
{
    /// <summary>Reads everything in scope: map, lists, profiles, cases, records.</summary>
    Viewer = 0,

    /// <summary>Command-centre operator: acts on alarms and cases (opens, dispatches, reviews, reopens).</summary>
    Operator = 1,

    /// <summary>Enforcement officer: takes up and handles cases (notes, findings, attachments, submit).</summary>
    Officer = 2,

    /// <summary>Data steward: writes master data (stations, outlets, devices, enterprises) and business records.</summary>
    Steward = 3,

    /// <summary>Administrator: everything, including users, API keys and the audit log.</summary>
    Admin = 4,
}
