using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EcoTwin.Client.Simulation;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// Every device twin's live view (<c>GET /api/stations|sources/{mn}/live</c>) held against the raw
/// log: it has applied up to its device's last stored packet, and its latest values are those of
/// the last acknowledged packet.
/// </summary>
public static class TwinAudit
{
    /// <summary>What the twins showed.</summary>
    /// <param name="Twins">Twins checked.</param>
    /// <param name="Applied">Stored packets at or below the twins' applied sequence numbers.</param>
    /// <param name="Problems">Every disagreement, in words; empty when all agree.</param>
    public sealed record Result(int Twins, long Applied, IReadOnlyList<string> Problems);

    /// <summary>
    /// Waits (up to <paramref name="timeout"/>) until every twin of <paramref name="devices"/> has
    /// applied its device's last stored packet, asking <paramref name="http"/>, then compares values.
    /// </summary>
    public static async Task<Result> CheckAsync(
        HttpClient http, string database, IReadOnlyList<SimulatedDevice> devices, SimulationReport report, RawLogAudit log, TimeSpan timeout)
    {
        var views = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var lastError = string.Empty;
        var deadline = DateTime.UtcNow + timeout;
        foreach (var device in devices)
        {
            var path = $"/api/{(device.Kind == SimulatedDevice.StationKind ? "stations" : "sources")}/{device.Mn}/live";
            await Eventually.TrueAsync(async () =>
            {
                try
                {
                    using var response = await http.GetAsync(path);
                    if (!response.IsSuccessStatusCode)
                    {
                        lastError = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                        return false;
                    }

                    views[device.Mn] = await response.Content.ReadFromJsonAsync<JsonElement>();
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    lastError = ex.Message;
                    return false; // e.g. the twin is still on a silo not yet declared dead
                }

                return AppliedSeq(views[device.Mn]) == log.MaxSeq(device.Mn);
            }, Remaining(deadline), () => $"twin {device.Mn} to apply up to seq {log.MaxSeq(device.Mn)}; it shows " +
                (views.TryGetValue(device.Mn, out var view) ? AppliedSeq(view).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"no view ({lastError})"));
        }

        var problems = new List<string>();
        foreach (var device in devices)
        {
            if (report.AckedQns.GetValueOrDefault(device.Mn) is not { Count: > 0 } acked)
            {
                continue;
            }

            var lastQn = acked.Max(StringComparer.Ordinal)!;
            var segment = (await Sql.ColumnAsync(database, $"SELECT packet FROM raw_log WHERE mn = '{device.Mn}' AND qn = '{lastQn}'")).Single();
            var packet = Hj212Parser.Parse(Encoding.UTF8.GetBytes(segment)).Packet!;
            var shown = views[device.Mn].GetProperty("factors").EnumerateArray()
                .ToDictionary(f => f.GetProperty("code").GetString()!, f => f.GetProperty("latest") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : (double?)null);
            foreach (var factor in packet.GetFactors())
            {
                var sent = factor.GetDouble("Rtd");
                if (shown.GetValueOrDefault(factor.Code) != sent)
                {
                    problems.Add($"{device.Mn} {factor.Code}: twin shows {shown.GetValueOrDefault(factor.Code)}, last acked packet {lastQn} sent {sent}");
                }
            }
        }

        var applied = devices.Sum(device => log.AppliedCount(device.Mn, AppliedSeq(views[device.Mn])));
        return new Result(devices.Count, applied, problems);
    }

    private static long AppliedSeq(JsonElement view) => view.GetProperty("appliedSeq").GetInt64();

    private static TimeSpan Remaining(DateTime deadline) => deadline - DateTime.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.FromSeconds(1);
}
