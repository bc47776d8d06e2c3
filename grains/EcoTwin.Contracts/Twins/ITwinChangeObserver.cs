using System.Collections.Immutable;

namespace EcoTwin.Contracts.Twins;

/// <summary>Receives batches of twin summaries that changed (each silo's web front registers one).</summary>
public interface ITwinChangeObserver : IGrainObserver
{
    /// <summary>Summaries that changed since the last batch, the newest per twin.</summary>
    Task OnChangesAsync(ImmutableArray<TwinSummary> changes);
}
