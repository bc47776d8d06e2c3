using EcoTwin.Domain.Air;

namespace EcoTwin.Domain.Codes;

/// <summary>
/// The HJ 212 monitoring factors EcoTwin knows: code, names, unit, medium, AQI pollutant and the
/// HJ/T 212-2005 code. Codes compare case-insensitively (the standard writes them in lower case,
/// noise codes in mixed case).
/// </summary>
public static partial class FactorCatalog
{
    /// <summary>Every entry, grouped by medium.</summary>
    public static IReadOnlyList<FactorInfo> All => Entries;

    /// <summary>The entries of a code in every medium it serves (empty when unknown).</summary>
    public static IReadOnlyList<FactorInfo> FindAll(string code) =>
        [.. Entries.Where(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The entry of a code in one medium, or null.</summary>
    public static FactorInfo? Find(string code, FactorMedium medium) =>
        Entries.FirstOrDefault(f => f.Medium == medium && string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ambient air factor that measures an AQI pollutant (a34004 for PM2.5 ...).</summary>
    public static FactorInfo ForAqi(AqiPollutant pollutant) =>
        Entries.First(f => f.AqiPollutant == pollutant);

    /// <summary>The 2017 code of an HJ/T 212-2005 code ("02" -> "a21026"), or null when not catalogued.</summary>
    public static string? FromLegacyCode(string legacyCode) =>
        Entries.FirstOrDefault(f => string.Equals(f.LegacyCode, legacyCode, StringComparison.OrdinalIgnoreCase))?.Code;

    /// <summary>
    /// The 2017 code for a code of either edition: a catalogued 2017 code as the catalogue spells
    /// it, a 2005 code mapped to its 2017 code; null when neither.
    /// </summary>
    public static string? ToCurrentCode(string code) => CurrentCodes.Value.GetValueOrDefault(code);

    // Looked up for every factor of every packet a twin applies: a dictionary, not a scan.
    private static readonly Lazy<Dictionary<string, string>> CurrentCodes = new(() =>
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in All.Where(entry => entry.LegacyCode is not null))
        {
            codes.TryAdd(entry.LegacyCode!, entry.Code);
        }

        foreach (var entry in All)
        {
            codes[entry.Code] = entry.Code; // a 2017 code wins over a 2005 code spelled the same
        }

        return codes;
    });
}
