namespace EcoTwin.Domain.Hj212;

/// <summary>The edition of the standard a packet follows, from the version bits of its Flag.</summary>
public enum Hj212Edition
{
    /// <summary>Version bits other than 000000 and 000001; the parser rejects such packets.</summary>
    Unknown = 0,

    /// <summary>HJ/T 212-2005: no Flag, or Flag version bits 000000.</summary>
    Hj2005 = 2005,

    /// <summary>HJ 212-2017: Flag version bits 000001.</summary>
    Hj2017 = 2017,
}
