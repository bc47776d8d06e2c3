using EcoTwin.Contracts.Cases;

namespace EcoTwin.Grains.Cases;

/// <summary>Where cases put what others see: the board's table and the live feed, and notifications to the supervisors.</summary>
public interface ICaseBoard
{
    /// <summary>Stores and publishes a case's changed summary.</summary>
    Task PublishAsync(CaseSummary summary, CancellationToken cancellationToken = default);

    /// <summary>Notifies the supervisors (operators and admins of the case's district) that the case is overdue; once per case and deadline.</summary>
    Task NotifyOverdueAsync(CaseSummary summary, CancellationToken cancellationToken = default);
}
