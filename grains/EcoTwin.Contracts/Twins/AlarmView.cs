namespace EcoTwin.Contracts.Twins;

/// <summary>An open alarm of a twin.</summary>
/// <param name="Id">The alarm id.</param>
/// <param name="Cause">offline, fault, exceedance:&lt;factor&gt;, ...</param>
/// <param name="RaisedAt">When raised (UTC).</param>
/// <param name="LastSeenAt">When the cause was last seen.</param>
/// <param name="Detail">The detail in words.</param>
/// <param name="Repeats">How often it recurred while open.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.AlarmView")]
public sealed record AlarmView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Cause,
    [property: Id(2)] DateTimeOffset RaisedAt,
    [property: Id(3)] DateTimeOffset LastSeenAt,
    [property: Id(4)] string Detail,
    [property: Id(5)] int Repeats);
