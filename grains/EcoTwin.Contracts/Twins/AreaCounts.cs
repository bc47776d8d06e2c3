namespace EcoTwin.Contracts.Twins;

/// <summary>How many twins of one kind an area (enterprise, district, city) has, by state.</summary>
/// <param name="Total">All of them.</param>
/// <param name="Online">Those whose devices report (not offline).</param>
/// <param name="Offline">Those offline.</param>
/// <param name="Exceeding">Those exceeding a limit.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.AreaCounts")]
public sealed record AreaCounts(
    [property: Id(0)] int Total,
    [property: Id(1)] int Online,
    [property: Id(2)] int Offline,
    [property: Id(3)] int Exceeding)
{
    /// <summary>No twins.</summary>
    public static AreaCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>The counts of <paramref name="statuses"/>.</summary>
    public static AreaCounts Of(IEnumerable<TwinStatus> statuses)
    {
        int total = 0, offline = 0, exceeding = 0;
        foreach (var status in statuses)
        {
            total++;
            offline += status == TwinStatus.Offline ? 1 : 0;
            exceeding += status == TwinStatus.Exceeding ? 1 : 0;
        }

        return new AreaCounts(total, total - offline, offline, exceeding);
    }

    /// <summary>The sum of several areas' counts.</summary>
    public static AreaCounts Sum(IEnumerable<AreaCounts> parts) => parts.Aggregate(None, (a, b) =>
        new AreaCounts(a.Total + b.Total, a.Online + b.Online, a.Offline + b.Offline, a.Exceeding + b.Exceeding));
}
