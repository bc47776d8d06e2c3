using System.Collections.Immutable;

namespace EcoTwin.Contracts.Twins;

/// <summary>A twin as a roll-up (enterprise, district, city) lists it: its state in one line.</summary>
/// <param name="Kind">The kind of twin.</param>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its display name.</param>
/// <param name="SubKind">air/water/noise, water/gas, ...</param>
/// <param name="Status">Its state.</param>
/// <param name="OpenAlarms">How many alarms are open.</param>
/// <param name="Aqi">Its latest hourly AQI (air stations, districts).</param>
/// <param name="AqiLevel">The AQI level 1-6.</param>
/// <param name="Primary">The primary pollutants.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.MemberView")]
public sealed record MemberView(
    [property: Id(0)] TwinKind Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] string Name,
    [property: Id(3)] string? SubKind,
    [property: Id(4)] TwinStatus Status,
    [property: Id(5)] int OpenAlarms,
    [property: Id(6)] int? Aqi,
    [property: Id(7)] int? AqiLevel,
    [property: Id(8)] ImmutableArray<string> Primary)
{
    /// <summary>True when <paramref name="other"/> shows the same (primary pollutants compared by content).</summary>
    public bool SameAs(MemberView? other) =>
        other is not null && (this with { Primary = ImmutableArray<string>.Empty }) == (other with { Primary = ImmutableArray<string>.Empty })
        && Primary.AsSpan().SequenceEqual(other.Primary.AsSpan());

    /// <summary>The line of <paramref name="summary"/>.</summary>
    public static MemberView Of(TwinSummary summary) => new(
        summary.Kind, summary.Key, summary.Name, summary.SubKind, summary.Status, summary.OpenAlarms, summary.Aqi, summary.AqiLevel,
        summary.Primary.IsDefault ? [] : summary.Primary);
}
