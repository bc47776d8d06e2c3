using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Cases;

/// <summary>Takes the twins' alarm events to the case routers off the twins' hot path (posting never waits).</summary>
public interface ICaseIntake
{
    /// <summary>Queues alarm events.</summary>
    void Post(IReadOnlyList<TwinAlarmEvent> events);

    /// <summary>Completes when everything posted before the call was routed (or given up on).</summary>
    Task WhenRoutedAsync(CancellationToken cancellationToken = default);
}
