namespace EcoTwin.Domain.Auth;

/// <summary>What a request may need; each maps to one authorization policy of the web front.</summary>
public enum Permission
{
    /// <summary>Read twins, lists, live views, series, alarms, cases, records, notifications.</summary>
    Read = 0,

    /// <summary>Open cases by hand, dispatch, review (approve, send back), reopen, note.</summary>
    ActOnCases = 1,

    /// <summary>Take up a dispatched case and handle it: notes, findings, attachments, submit.</summary>
    HandleCases = 2,

    /// <summary>Write master data: stations, outlets, devices, enterprises, districts, imports.</summary>
    WriteMasterData = 3,

    /// <summary>Enter business records (permits, inspections, complaints, penalties ...).</summary>
    WriteRecords = 4,

    /// <summary>Manage users and their API keys.</summary>
    ManageUsers = 5,

    /// <summary>Read the audit log.</summary>
    ReadAudit = 6,
}
