namespace EcoTwin.Contracts.Twins;

/// <summary>One factor of a twin as the side panel and the profile show it.</summary>
/// <param name="Code">The factor code.</param>
/// <param name="Latest">The latest value.</param>
/// <param name="LatestFlag">Its data flag letter (N, D, M, ...).</param>
/// <param name="LatestAt">When it was measured (UTC).</param>
/// <param name="LastHour">The latest finished hourly average (converted value for outlets where sent).</param>
/// <param name="LastHourStart">Its hour (UTC start).</param>
/// <param name="LastHourValid">Whether that hour met the validity rule.</param>
/// <param name="LimitMax">The upper limit (outlets).</param>
/// <param name="LimitMin">The lower limit (outlets, e.g. pH).</param>
/// <param name="Exceeding">Whether the factor exceeds its limit now.</param>
/// <param name="TodayTotal">Today's emitted amount from Cou (outlets), when sent.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.FactorView")]
public sealed record FactorView(
    [property: Id(0)] string Code,
    [property: Id(1)] double? Latest,
    [property: Id(2)] string LatestFlag,
    [property: Id(3)] DateTimeOffset? LatestAt,
    [property: Id(4)] double? LastHour,
    [property: Id(5)] DateTimeOffset? LastHourStart,
    [property: Id(6)] bool LastHourValid,
    [property: Id(7)] double? LimitMax,
    [property: Id(8)] double? LimitMin,
    [property: Id(9)] bool Exceeding,
    [property: Id(10)] double? TodayTotal);
