namespace EcoTwin.Domain.Geo;

/// <summary>
/// The district boundaries of a city, answering which district contains a point. Districts are
/// tried in code order, so a point on a shared edge belongs to the district with the lower code.
/// Immutable: build a new map when a boundary changes.
/// </summary>
public sealed class DistrictMap
{
    private readonly KeyValuePair<string, Boundary>[] _districts;

    /// <summary>Builds the map of <paramref name="districts"/> (code → boundary).</summary>
    public DistrictMap(IEnumerable<KeyValuePair<string, Boundary>> districts) =>
        _districts = [.. districts.OrderBy(d => d.Key, StringComparer.Ordinal)];

    /// <summary>A map without districts.</summary>
    public static DistrictMap Empty { get; } = new([]);

    /// <summary>The number of districts.</summary>
    public int Count => _districts.Length;

    /// <summary>The codes of the districts, in order.</summary>
    public IEnumerable<string> Codes => _districts.Select(d => d.Key);

    /// <summary>The code of the district containing <paramref name="point"/>, or null when none does.</summary>
    public string? Locate(LonLat point)
    {
        foreach (var (code, boundary) in _districts)
        {
            if (boundary.Contains(point))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// The district a twin belongs to: the one whose polygon contains its location; when no polygon
    /// does (or it has no location), the district code it was registered with.
    /// </summary>
    public string? MembershipOf(LonLat? location, string? givenCode) =>
        (location is { } point ? Locate(point) : null) ?? givenCode;
}
