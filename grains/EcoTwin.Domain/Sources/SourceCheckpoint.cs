using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Sources;

/// <summary>A <see cref="SourceLive"/> at rest.</summary>
public sealed record SourceCheckpoint(FactorCheckpoint[] Factors, Exceedance[] Exceeding);
