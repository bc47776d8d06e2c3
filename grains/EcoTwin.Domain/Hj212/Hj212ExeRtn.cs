namespace EcoTwin.Domain.Hj212;

/// <summary>Execution result codes, the CP item <c>ExeRtn</c> of a 9012 (HJ 212-2017 table 6).</summary>
public enum Hj212ExeRtn
{
    /// <summary>Executed successfully.</summary>
    Success = 1,

    /// <summary>Execution failed, reason unknown.</summary>
    Failed = 2,

    /// <summary>The request's conditions are wrong.</summary>
    ConditionError = 3,

    /// <summary>Communication timed out.</summary>
    Timeout = 4,

    /// <summary>System busy, cannot execute.</summary>
    Busy = 5,

    /// <summary>System fault.</summary>
    SystemFault = 6,

    /// <summary>No data.</summary>
    NoData = 100,
}
