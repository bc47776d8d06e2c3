namespace EcoTwin.Domain.Hj212;

/// <summary>Request response codes, the CP item <c>QnRtn</c> of a 9011 (HJ 212-2017 table 7).</summary>
public enum Hj212QnRtn
{
    /// <summary>Ready to execute the request.</summary>
    Ready = 1,

    /// <summary>Request rejected.</summary>
    Rejected = 2,

    /// <summary>Wrong PW.</summary>
    PwError = 3,

    /// <summary>Wrong MN.</summary>
    MnError = 4,

    /// <summary>Wrong ST.</summary>
    StError = 5,

    /// <summary>Wrong Flag.</summary>
    FlagError = 6,

    /// <summary>Wrong QN.</summary>
    QnError = 7,

    /// <summary>Wrong CN.</summary>
    CnError = 8,

    /// <summary>CRC check failed.</summary>
    CrcError = 9,

    /// <summary>Unknown error.</summary>
    Unknown = 100,
}
