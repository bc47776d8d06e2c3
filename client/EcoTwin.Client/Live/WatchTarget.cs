using EcoTwin.Contracts.Twins;

namespace EcoTwin.Client.Live;

/// <summary>What a live feed follows: the city, a district (<c>district/320402</c>) or a twin (<c>station/CODE</c>, <c>source/MN</c>).</summary>
/// <param name="HubMethod">The hub method that joins its group.</param>
/// <param name="Argument">That method's argument, if any.</param>
/// <param name="Includes">Whether a summary belongs to it.</param>
public sealed record WatchTarget(string HubMethod, string? Argument, Func<TwinSummary, bool> Includes)
{
    /// <summary>Parses <c>city</c>, <c>district/&lt;code&gt;</c> or <c>&lt;kind&gt;/&lt;key&gt;</c>.</summary>
    /// <exception cref="ArgumentException">Not one of those forms.</exception>
    public static WatchTarget Parse(string text)
    {
        if (text == "city")
        {
            return new WatchTarget("JoinCity", null, _ => true);
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var (kind, key) = slash > 0 ? (text[..slash], text[(slash + 1)..]) : (text, string.Empty);
        if (key.Length == 0)
        {
            throw new ArgumentException($"'{text}' is not city, district/<code> or <kind>/<key> (e.g. district/320402, station/320402AQ000001)");
        }

        if (kind == "district")
        {
            return new WatchTarget("JoinDistrict", key, s => s.DistrictCode == key || (s.Kind == TwinKind.District && s.Key == key));
        }

        if (!Enum.TryParse<TwinKind>(kind, ignoreCase: true, out var twinKind))
        {
            throw new ArgumentException($"'{kind}' is not a twin kind (station, source, enterprise, district, city)");
        }

        return new WatchTarget("JoinTwin", text, s => s.Kind == twinKind && s.Key == key);
    }
}
