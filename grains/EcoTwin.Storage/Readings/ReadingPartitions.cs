using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace EcoTwin.Storage.Readings;

/// <summary>Creates the readings table's day partitions (UTC days) before their first rows, once each.</summary>
internal sealed class ReadingPartitions
{
    private const long LockKey = 0x52656164696E67; // "Reading"
    private readonly ConcurrentDictionary<DateOnly, bool> _known = new();

    /// <summary>Makes sure a partition exists for each day in <paramref name="days"/>.</summary>
    public async Task EnsureAsync(NpgsqlConnection connection, IEnumerable<DateOnly> days)
    {
        var missing = days.Distinct().Where(day => !_known.ContainsKey(day)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(); // silos creating the same day wait for each other
        }

        foreach (var day in missing)
        {
            var from = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sql = $"CREATE TABLE IF NOT EXISTS readings_{day:yyyyMMdd} PARTITION OF readings FOR VALUES FROM ('{from} 00:00+00') TO ('{to} 00:00+00')";
            await using var create = new NpgsqlCommand(sql, connection, transaction);
            await create.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        foreach (var day in missing)
        {
            _known[day] = true;
        }
    }
}
