namespace EcoTwin.Contracts.Enterprises;

/// <summary>One entry of an enterprise's version history.</summary>
/// <param name="Seq">The entry's number, 1 for the first.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Version">The master data version it concerns (rises with each create or update).</param>
/// <param name="By">Who did it.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Info">The master data of that version, for created and updated entries.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.EnterpriseEvent")]
public sealed record EnterpriseEvent(
    [property: Id(0)] int Seq,
    [property: Id(1)] EnterpriseEventKind Kind,
    [property: Id(2)] int Version,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] EnterpriseInfo? Info);
