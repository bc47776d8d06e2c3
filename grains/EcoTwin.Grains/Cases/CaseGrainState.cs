using EcoTwin.Contracts.Cases;

namespace EcoTwin.Grains.Cases;

/// <summary>The persisted state of a case.</summary>
[GenerateSerializer, Alias("EcoTwin.CaseGrainState")]
public sealed class CaseGrainState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Title { get; set; } = string.Empty;
    [Id(2)] public string? Description { get; set; }
    [Id(3)] public CaseStatus Status { get; set; }
    [Id(4)] public string Origin { get; set; } = "manual";
    [Id(5)] public string? TwinKind { get; set; }
    [Id(6)] public string? TwinKey { get; set; }
    [Id(7)] public string? Cause { get; set; }
    [Id(8)] public string? DistrictCode { get; set; }
    [Id(9)] public string? Assignee { get; set; }
    [Id(10)] public string? Handler { get; set; }
    [Id(11)] public DateTimeOffset? Deadline { get; set; }

    /// <summary>The deadline the case was escalated for (a new deadline may escalate again).</summary>
    [Id(12)] public DateTimeOffset? EscalatedFor { get; set; }
    [Id(13)] public DateTimeOffset? EscalatedAt { get; set; }
    [Id(14)] public bool AlarmOpen { get; set; }
    [Id(15)] public List<string> AlarmIds { get; set; } = [];
    [Id(16)] public int AlarmCount { get; set; }
    [Id(17)] public List<CaseStep> Steps { get; set; } = [];
    [Id(18)] public List<CaseAttachmentInfo> Attachments { get; set; } = [];
    [Id(19)] public string OpenedBy { get; set; } = string.Empty;
    [Id(20)] public DateTimeOffset OpenedAt { get; set; }
    [Id(21)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(22)] public DateTimeOffset? ClosedAt { get; set; }
    [Id(23)] public long Version { get; set; }

    /// <summary>The deadline the durable reminder is registered for; null when none is.</summary>
    [Id(24)] public DateTimeOffset? ReminderFor { get; set; }
}
