using System.Globalization;
using System.Net;

namespace EcoTwin.Client.Simulation;

/// <summary>HJ 212 gateway addresses as given on a command line: <c>host:port</c>, several separated by commas.</summary>
public static class GatewayAddresses
{
    /// <summary>The gateway port of a silo by default.</summary>
    public const string Default = "127.0.0.1:9212";

    /// <summary>Reads every <c>host:port</c> of <paramref name="texts"/> (each may hold a comma-separated list).</summary>
    /// <exception cref="FormatException">An entry is not host:port with a port of 1-65535.</exception>
    public static IReadOnlyList<DnsEndPoint> Parse(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var endPoints = new List<DnsEndPoint>();
        foreach (var text in texts)
        {
            foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                endPoints.Add(ParseOne(entry));
            }
        }

        return endPoints.Count > 0 ? endPoints : throw new FormatException("no gateway given: expected host:port, e.g. " + Default);
    }

    private static DnsEndPoint ParseOne(string entry)
    {
        var colon = entry.LastIndexOf(':');
        var host = colon > 0 ? entry[..colon].Trim('[', ']') : string.Empty;
        if (host.Length == 0 || !int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"gateway '{entry}' is not host:port (e.g. {Default})");
        }

        return new DnsEndPoint(host, port);
    }
}
