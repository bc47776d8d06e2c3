using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// Realistic live readings of a <see cref="DemoCity"/>'s devices, for the device simulator: pure
/// functions of (seed, device, factor, time) with daily cycles, seasonal levels, per-device bias
/// and smooth noise. Air: PM2.5 high at night and in the morning rush, O3 peaking mid-afternoon,
/// NO2 peaking at the rush hours. Outlets stay under their limits except for occasional hours at
/// 1.1-1.5 times a limit on some outlets. Values are rounded to instrument resolution.
/// </summary>
/// <remarks>
/// Times are read on the city's clock (UTC+8, no daylight saving): any offset may be passed.
/// Units are those of <see cref="Codes.FactorCatalog"/> (air μg/m³, CO mg/m³, flue gas mg/m³,
/// water mg/L, gas flow m³/s, water flow L/s).
/// </remarks>
public sealed partial class DemoValues
{
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    private readonly int _seed;
    private readonly Dictionary<string, DemoStation> _stations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DemoSource> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _industries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lakeStations = new(StringComparer.Ordinal);

    /// <summary>Readings for the devices of <paramref name="city"/>, keyed by its seed.</summary>
    public DemoValues(DemoCity city)
    {
        City = city;
        _seed = city.Seed;
        foreach (var station in city.Stations)
        {
            _stations.Add(station.Code, station);
            var at = new LonLat(station.Lon, station.Lat);
            if (station.Kind == DemoKinds.Water && city.Areas.Any(a => Rings.Contains(a.Ring, at)))
            {
                _lakeStations.Add(station.Code);
            }
        }

        foreach (var source in city.Sources)
        {
            _sources.Add(source.Mn, source);
        }

        foreach (var enterprise in city.Enterprises)
        {
            _industries.Add(enterprise.CreditCode, enterprise.Industry);
        }
    }

    /// <summary>The city whose devices these are.</summary>
    public DemoCity City { get; }

    /// <summary>The reading of any device of the city: an air or water station (by code) or an outlet (by MN).</summary>
    /// <exception cref="ArgumentException">Unknown device, or a factor the device's model does not know.</exception>
    public double Reading(string deviceCode, string factorCode, DateTimeOffset localTime) =>
        _stations.TryGetValue(deviceCode, out var station)
            ? station.Kind == DemoKinds.Air ? AirQuality(deviceCode, factorCode, localTime) : WaterQuality(deviceCode, factorCode, localTime)
            : Emission(deviceCode, factorCode, localTime);

    /// <summary>The reading of an air station's factor (pollutant or meteorological) at a time.</summary>
    /// <exception cref="ArgumentException">Not an air station of the city, or an unknown factor.</exception>
    public double AirQuality(string stationCode, string factorCode, DateTimeOffset localTime) =>
        Air(Station(stationCode, DemoKinds.Air), factorCode, new Moment(localTime.ToOffset(CityOffset)));

    /// <summary>The reading of the air station at <paramref name="stationIndex"/> in <see cref="DemoCity.Stations"/> (air stations come first).</summary>
    /// <exception cref="ArgumentException">The index is not that of an air station, or an unknown factor.</exception>
    public double AirQuality(int stationIndex, string factorCode, DateTimeOffset localTime) =>
        stationIndex >= 0 && stationIndex < City.Stations.Count
            ? AirQuality(City.Stations[stationIndex].Code, factorCode, localTime)
            : throw new ArgumentException($"No station at index {stationIndex}.", nameof(stationIndex));

    /// <summary>The reading of a surface water station's factor at a time.</summary>
    /// <exception cref="ArgumentException">Not a water station of the city, or an unknown factor.</exception>
    public double WaterQuality(string stationCode, string factorCode, DateTimeOffset localTime) =>
        Water(Station(stationCode, DemoKinds.Water), factorCode, new Moment(localTime.ToOffset(CityOffset)));

    /// <summary>The reading of an outlet's factor (flow, concentration, O2 or pH) at a time.</summary>
    /// <exception cref="ArgumentException">Not an outlet of the city, or a factor it does not measure.</exception>
    public double Emission(string mn, string factorCode, DateTimeOffset localTime) =>
        _sources.TryGetValue(mn, out var source)
            ? Emission(source, _industries[source.EnterpriseCode], factorCode, new Moment(localTime.ToOffset(CityOffset)))
            : throw new ArgumentException($"No outlet with MN {mn} in the demo city.", nameof(mn));

    private DemoStation Station(string code, string kind) =>
        _stations.TryGetValue(code, out var station) && station.Kind == kind
            ? station
            : throw new ArgumentException($"No {kind} station {code} in the demo city.", nameof(code));

    private ulong Key(string subject, string purpose) => DemoNoise.Key(_seed, subject, purpose);

    private static ArgumentException UnknownFactor(string factor, string device) =>
        new($"The demo model has no factor {factor} for device {device}.", nameof(factor));

    /// <summary>A time on the city's clock: continuous hours (for noise) and hour of the day (for cycles).</summary>
    private readonly record struct Moment(DateTimeOffset Clock)
    {
        public double Hours => Clock.ToUnixTimeMilliseconds() / 3_600_000.0;

        public double HourOfDay => Clock.TimeOfDay.TotalHours;
    }
}
