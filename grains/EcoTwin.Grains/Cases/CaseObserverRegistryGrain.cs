using EcoTwin.Contracts.Cases;
using EcoTwin.Grains.Changes;

namespace EcoTwin.Grains.Cases;

/// <summary>The case observers of the silos' web fronts.</summary>
public sealed class CaseObserverRegistryGrain(TimeProvider time) : ObserverRegistryGrain<ICaseObserver>(time), ICaseObserverRegistryGrain;
