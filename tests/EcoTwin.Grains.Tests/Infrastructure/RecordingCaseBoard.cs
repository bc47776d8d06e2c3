using System.Collections.Concurrent;
using EcoTwin.Contracts.Cases;
using EcoTwin.Grains.Cases;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>A case board that keeps what cases publish and notify, for assertions.</summary>
public sealed class RecordingCaseBoard : ICaseBoard
{
    /// <summary>Summaries published.</summary>
    public ConcurrentQueue<CaseSummary> Published { get; } = new();

    /// <summary>Overdue notifications sent.</summary>
    public ConcurrentQueue<CaseSummary> Overdue { get; } = new();

    /// <inheritdoc />
    public Task PublishAsync(CaseSummary summary, CancellationToken cancellationToken = default)
    {
        Published.Enqueue(summary);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task NotifyOverdueAsync(CaseSummary summary, CancellationToken cancellationToken = default)
    {
        Overdue.Enqueue(summary);
        return Task.CompletedTask;
    }
}
