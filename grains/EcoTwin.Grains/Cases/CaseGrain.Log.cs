namespace EcoTwin.Grains.Cases;

/// <summary>Log messages of cases.</summary>
public sealed partial class CaseGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} opened ({Origin}) for {TwinKind}/{TwinKey} {Cause}")]
    private static partial void LogOpened(ILogger logger, string caseId, string origin, string? twinKind, string? twinKey, string? cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} is overdue (deadline {Deadline:O}, assignee {Assignee}); escalated to the supervisors")]
    private static partial void LogEscalated(ILogger logger, string caseId, DateTimeOffset deadline, string? assignee);
}
