using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Changes;

/// <summary>
/// Something in a silo that wants each flushed batch of changed summaries besides the web fronts,
/// e.g. the roll-ups of districts and enterprises. Called from the feed's loop; must not block.
/// </summary>
public interface ITwinChangeListener
{
    /// <summary>Receives the newest summary of each twin that changed since the last flush.</summary>
    Task OnChangesAsync(ImmutableArray<TwinSummary> changes);
}
