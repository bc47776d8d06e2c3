using EcoTwin.Domain.Demo;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// Bench-only: fills the twins table (what the snapshot reads) with synthetic station and outlet
/// summaries spread over the demo city, so the UI can be measured with 10 000 twins without running
/// 10 000 grains. These twins never change; the live traffic comes from real registered devices.
/// </summary>
public static class SyntheticTwins
{
    private static readonly string[] Statuses = ["normal", "normal", "normal", "normal", "normal", "normal", "exceeding", "offline", "fault", "maintenance"];

    /// <summary>Inserts <paramref name="count"/> twins into the database at <paramref name="connectionString"/>.</summary>
    public static async Task InsertAsync(string connectionString, DemoCity city, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var random = new Random(20261125);
        var box = city.BoundingBox;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY twins (kind, key, name, sub_kind, district_code, lon, lat, status, aqi, aqi_level, primary_pollutants, latest_values, last_heard_at, open_alarms, version) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var station = i % 3 == 0;
            var district = city.Districts[i % city.Districts.Count].Code;
            var aqi = station ? (int?)random.Next(15, 260) : null;
            var level = aqi is { } a ? a <= 50 ? 1 : a <= 100 ? 2 : a <= 150 ? 3 : a <= 200 ? 4 : a <= 300 ? 5 : 6 : (int?)null;
            await importer.StartRowAsync();
            await importer.WriteAsync(station ? "station" : "source", NpgsqlDbType.Text);
            await importer.WriteAsync($"{district}SYN{i:D6}", NpgsqlDbType.Text);
            await importer.WriteAsync($"{(station ? "合成监测点" : "合成排放口")}{i:D5}", NpgsqlDbType.Text);
            await importer.WriteAsync(station ? "air" : (i % 2 == 0 ? "water" : "gas"), NpgsqlDbType.Text);
            await importer.WriteAsync(district, NpgsqlDbType.Text);
            await importer.WriteAsync(box.MinLon + (random.NextDouble() * (box.MaxLon - box.MinLon)), NpgsqlDbType.Double);
            await importer.WriteAsync(box.MinLat + (random.NextDouble() * (box.MaxLat - box.MinLat)), NpgsqlDbType.Double);
            await importer.WriteAsync(Statuses[random.Next(Statuses.Length)], NpgsqlDbType.Text);
            await WriteNullableAsync(importer, aqi, NpgsqlDbType.Integer);
            await WriteNullableAsync(importer, level, NpgsqlDbType.Integer);
            await importer.WriteAsync(station ? new[] { "PM2.5" } : [], NpgsqlDbType.Array | NpgsqlDbType.Text);
            await importer.WriteAsync(station ? $$"""{"a34004": {{random.Next(5, 200)}}, "a34002": {{random.Next(10, 300)}}}""" : $$"""{"w01018": {{random.Next(5, 90)}}}""", NpgsqlDbType.Jsonb);
            await importer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(0, NpgsqlDbType.Integer);
            await importer.WriteAsync(1L, NpgsqlDbType.Bigint);
        }

        await importer.CompleteAsync();
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter importer, int? value, NpgsqlDbType type)
    {
        if (value is { } v)
        {
            await importer.WriteAsync(v, type);
        }
        else
        {
            await importer.WriteNullAsync();
        }
    }
}
