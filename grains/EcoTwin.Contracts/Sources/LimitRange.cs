namespace EcoTwin.Contracts.Sources;

/// <summary>The permitted range of one factor: an upper limit and, where it applies (pH), a lower one.</summary>
[GenerateSerializer, Immutable, Alias("EcoTwin.LimitRange")]
public sealed record LimitRange([property: Id(0)] double? Max, [property: Id(1)] double? Min = null);
