using System.Collections.Immutable;

namespace EcoTwin.Contracts.Cases;

/// <summary>Receives changed case summaries (each silo's web front registers one).</summary>
public interface ICaseObserver : IGrainObserver
{
    /// <summary>Cases that changed.</summary>
    Task OnCasesAsync(ImmutableArray<CaseSummary> changes);
}
