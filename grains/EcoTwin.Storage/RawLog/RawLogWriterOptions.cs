using System.ComponentModel.DataAnnotations;

namespace EcoTwin.Storage.RawLog;

/// <summary>Tuning of the raw log's group-commit writer (configuration section <c>EcoTwin:RawLog</c>).</summary>
public sealed class RawLogWriterOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "EcoTwin:RawLog";

    /// <summary>Most packets committed in one transaction.</summary>
    [Range(1, 100_000)]
    public int MaxBatch { get; set; } = 4000;

    /// <summary>Most packets waiting for a commit; beyond it the gateway stops reading (TCP back-pressure).</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 50_000;

    /// <summary>How many recently committed packets are remembered to answer resends without the database.</summary>
    [Range(0, 10_000_000)]
    public int RecentResendWindow { get; set; } = 200_000;
}
