using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Twins;

/// <summary>Takes and restores <see cref="FactorCheckpoint"/>s.</summary>
internal static class FactorCheckpoints
{
    public static FactorCheckpoint Take(FactorLive factor) => new(
        factor.Code, factor.Latest, factor.LatestConverted, factor.LatestFlag, factor.LatestAt, factor.MinuteFed,
        factor.Building, factor.BuildingConverted,
        Checkpoint(factor.Hours), Checkpoint(factor.ConvertedHours), Checkpoint(factor.CumulativeHours), factor.Refused);

    public static FactorLive Restore(FactorCheckpoint checkpoint)
    {
        var factor = new FactorLive(checkpoint.Code);
        factor.Load(checkpoint);
        return factor;
    }

    public static HourlySeries? Series(SeriesCheckpoint? checkpoint) =>
        checkpoint is null ? null : HourlySeries.Restore(checkpoint.LatestHourStart, checkpoint.OldestFirst);

    private static SeriesCheckpoint? Checkpoint(HourlySeries? series) =>
        series?.LatestHourStart is { } latest ? new SeriesCheckpoint(latest, series.ToArray()) : null;
}
