using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Bench;

/// <summary>Realistic HJ 212 real-time uploads of the demo city's air stations, for the benchmarks.</summary>
public static class BenchFrames
{
    /// <summary>The air factors each upload carries.</summary>
    public static readonly string[] AirFactors = ["a34004", "a34002", "a21026", "a21004", "a21005", "a05024"];

    /// <summary>The demo city.</summary>
    public static DemoCity City { get; } = DemoCity.Generate();

    /// <summary><paramref name="count"/> upload packets for station <paramref name="mn"/>, one per 30 s from <paramref name="start"/> (local time).</summary>
    public static IEnumerable<Hj212Packet> Uploads(string mn, string password, DateTime start, int count)
    {
        var values = new DemoValues(City);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddSeconds(30 * i);
            var local = new DateTimeOffset(at, TimeSpan.FromHours(8));
            var items = AirFactors.SelectMany(code => new[]
            {
                Hj212CpItem.Of(code, "Rtd", Math.Round((decimal)values.Reading(City.Stations[0].Code, code, local), 1)),
                Hj212CpItem.Of(code, "Flag", "N"),
            });
            yield return Hj212Uploads.RealTime(at, "22", password, mn, at, items);
        }
    }

    /// <summary>Concatenated frames of <paramref name="count"/> uploads spread over the demo city's air stations.</summary>
    public static byte[] FrameStream(int count)
    {
        var stations = City.Stations.Where(s => s.Kind == "air").ToList();
        var stream = new MemoryStream();
        var start = new DateTime(2026, 11, 25, 8, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var station = stations[i % stations.Count];
            var packet = Uploads(station.Code, station.Password, start.AddSeconds(30 * (i / stations.Count)), 1).First();
            stream.Write(Hj212Encoder.EncodeFrame(packet));
        }

        return stream.ToArray();
    }
}
