using EcoTwin.Client.Simulation;
using EcoTwin.Integration.Tests.Infrastructure;
using Npgsql;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// The simulator's acknowledged QNs held against the raw log: each must be there, exactly once.
/// Also what the twin checks need: every device's packets by sequence number.
/// </summary>
public sealed class RawLogAudit
{
    private RawLogAudit(Dictionary<string, List<(string Qn, long Seq)>> byMn, long acked, List<string> missing, List<string> duplicated)
    {
        ByMn = byMn;
        Acked = acked;
        Missing = missing;
        Duplicated = duplicated;
    }

    /// <summary>Stored packets (mn → (qn, seq)), in sequence order.</summary>
    public IReadOnlyDictionary<string, List<(string Qn, long Seq)>> ByMn { get; }

    /// <summary>Acknowledged packets according to the simulator.</summary>
    public long Acked { get; }

    /// <summary>Rows in the raw log (of the simulator's devices).</summary>
    public long Stored => ByMn.Values.Sum(rows => (long)rows.Count);

    /// <summary>Acknowledged packets not in the raw log ("mn qn").</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Acknowledged packets in the raw log more than once ("mn qn").</summary>
    public IReadOnlyList<string> Duplicated { get; }

    /// <summary>
    /// Reads the raw log of <paramref name="database"/> and compares it with <paramref name="report"/>,
    /// once the log has stopped growing: packets a device gave up on may still be queued for a commit
    /// when the simulator ends.
    /// </summary>
    public static async Task<RawLogAudit> ReadAsync(string database, SimulationReport report)
    {
        await WaitQuietAsync(database);
        var byMn = new Dictionary<string, List<(string Qn, long Seq)>>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT mn, qn, seq FROM raw_log ORDER BY seq", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var mn = reader.GetString(0);
                if (!report.AckedQns.ContainsKey(mn))
                {
                    continue; // a device of the test's own, not the simulator's
                }

                if (!byMn.TryGetValue(mn, out var rows))
                {
                    byMn[mn] = rows = [];
                }

                rows.Add((reader.IsDBNull(1) ? string.Empty : reader.GetString(1), reader.GetInt64(2)));
            }
        }

        var missing = new List<string>();
        var duplicated = new List<string>();
        foreach (var (mn, qns) in report.AckedQns)
        {
            var stored = byMn.TryGetValue(mn, out var rows) ? rows.GroupBy(row => row.Qn).ToDictionary(g => g.Key, g => g.Count()) : [];
            foreach (var qn in qns)
            {
                var count = stored.GetValueOrDefault(qn);
                if (count == 0)
                {
                    missing.Add($"{mn} {qn}");
                }
                else if (count > 1)
                {
                    duplicated.Add($"{mn} {qn}");
                }
            }
        }

        return new RawLogAudit(byMn, report.AckedQns.Values.Sum(qns => (long)qns.Count), missing, duplicated);
    }

    private static async Task WaitQuietAsync(string database)
    {
        var last = string.Empty;
        var quietSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var now = string.Join('/', await Sql.ColumnAsync(database, "SELECT count(*)::text || ' ' || coalesce(max(seq), 0)::text FROM raw_log"));
            if (now != last)
            {
                (last, quietSince) = (now, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - quietSince >= TimeSpan.FromSeconds(2))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the raw log kept growing for 2 minutes after the load ended");
    }

    /// <summary>The highest sequence number stored for <paramref name="mn"/> (0 when none).</summary>
    public long MaxSeq(string mn) => ByMn.TryGetValue(mn, out var rows) && rows.Count > 0 ? rows[^1].Seq : 0;

    /// <summary>How many of <paramref name="mn"/>'s stored packets have a sequence number up to <paramref name="appliedSeq"/>.</summary>
    public long AppliedCount(string mn, long appliedSeq) => ByMn.TryGetValue(mn, out var rows) ? rows.Count(row => row.Seq <= appliedSeq) : 0;
}
