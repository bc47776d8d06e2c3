namespace EcoTwin.Contracts.Cases;

/// <summary>An alarm a twin raised or cleared, as the case router receives it.</summary>
/// <param name="AlarmId">The alarm's id.</param>
/// <param name="TwinKind">The twin's kind (station, source ...).</param>
/// <param name="TwinKey">The twin's key.</param>
/// <param name="DistrictCode">The twin's district.</param>
/// <param name="Cause">offline, fault, exceedance:&lt;factor&gt;.</param>
/// <param name="Raised">True when raised, false when cleared.</param>
/// <param name="RaisedAt">When the alarm was raised (UTC).</param>
/// <param name="At">When this event happened (UTC).</param>
/// <param name="Detail">The detail in words.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseAlarm")]
public sealed record CaseAlarm(
    [property: Id(0)] string AlarmId,
    [property: Id(1)] string TwinKind,
    [property: Id(2)] string TwinKey,
    [property: Id(3)] string? DistrictCode,
    [property: Id(4)] string Cause,
    [property: Id(5)] bool Raised,
    [property: Id(6)] DateTimeOffset RaisedAt,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string Detail);
