using EcoTwin.Contracts.Enterprises;

namespace EcoTwin.Grains.Enterprises;

/// <summary>Keeps enterprises' outlet lists in step when an outlet registers.</summary>
public static class EnterpriseOutlets
{
    /// <summary>Attaches outlet <paramref name="mn"/> to <paramref name="enterprise"/>, detaching it from <paramref name="previous"/> when that differs.</summary>
    public static async Task MoveAsync(IGrainFactory grains, string mn, string? previous, string enterprise, CancellationToken cancellationToken)
    {
        if (previous is not null && previous != enterprise)
        {
            await grains.GetGrain<IEnterpriseGrain>(previous).DetachSourceAsync(mn, cancellationToken);
        }

        await grains.GetGrain<IEnterpriseGrain>(enterprise).AttachSourceAsync(mn, cancellationToken);
    }
}
