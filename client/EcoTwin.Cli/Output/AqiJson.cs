using EcoTwin.Domain.Air;

namespace EcoTwin.Cli.Output;

/// <summary>The JSON shape `ecotwin aqi` prints.</summary>
public sealed record AqiJson(int? Aqi, int? Level, string? Category, IReadOnlyList<string> Primary, IReadOnlyDictionary<string, int> Iaqi, IReadOnlyList<string>? Missing)
{
    /// <summary>Shapes a calculator result.</summary>
    public static AqiJson From(AqiResult result) => new(
        result.Aqi,
        result.Level,
        result.Category?.NameZh,
        result.PrimaryNames,
        result.Iaqi.ToDictionary(entry => entry.Item.Key(), entry => entry.Value),
        result.Missing.Count > 0 ? [.. result.Missing.Select(item => item.Key())] : null);
}
