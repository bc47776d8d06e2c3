namespace EcoTwin.Contracts.Enterprises;

/// <summary>An enterprise's current master data with its version and review stage.</summary>
/// <param name="Info">The master data.</param>
/// <param name="Version">Its version (1 when created, +1 per update).</param>
/// <param name="Stage">Pending, approved or distributed.</param>
/// <param name="ChangedBy">Who made the last change of any kind.</param>
/// <param name="ChangedAt">When (UTC).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.EnterpriseRecord")]
public sealed record EnterpriseRecord(
    [property: Id(0)] EnterpriseInfo Info,
    [property: Id(1)] int Version,
    [property: Id(2)] EnterpriseStage Stage,
    [property: Id(3)] string ChangedBy,
    [property: Id(4)] DateTimeOffset ChangedAt);
