using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Changes;

/// <summary>The twin change observers of the silos' web fronts.</summary>
public sealed class ChangeObserverRegistryGrain(TimeProvider time) : ObserverRegistryGrain<ITwinChangeObserver>(time), IChangeObserverRegistryGrain;
