using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Storage.Migrations;
using EcoTwin.Storage.Readings;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EcoTwin.Integration.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class ReadingsWriterTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task New_raw_rows_are_copied_straight_in_and_averages_are_merged()
    {
        await using var fixture = await Fixture.StartAsync(postgres);

        fixture.Writer.Post([Raw("a34004", 0, 35), Raw("a34004", 1, 36), Raw("a21026", 0, 7), Average("hour", 40)]);
        await fixture.Writer.FlushAsync();

        Assert.Equal([("a21026", "raw", 7.0), ("a34004", "hour", 40.0), ("a34004", "raw", 35.0), ("a34004", "raw", 36.0)], await fixture.RowsAsync());
        Assert.Equal(0, fixture.Writer.MergedRawBatches);
    }

    [Fact]
    public async Task Rows_written_again_are_stored_once_with_the_latest_value()
    {
        await using var fixture = await Fixture.StartAsync(postgres);
        fixture.Writer.Post([Raw("a34004", 0, 35), Average("hour", 40)]);
        await fixture.Writer.FlushAsync();

        // A replay after a crash: the stored raw row comes again beside a new one, and the hour is rewritten.
        fixture.Writer.Post([Raw("a34004", 0, 35.5), Raw("a34004", 1, 36), Average("hour", 41)]);
        await fixture.Writer.FlushAsync();

        Assert.Equal([("a34004", "hour", 41.0), ("a34004", "raw", 35.5), ("a34004", "raw", 36.0)], await fixture.RowsAsync());
        Assert.Equal(1, fixture.Writer.MergedRawBatches);
    }

    [Fact]
    public async Task The_same_row_twice_in_one_batch_keeps_the_later()
    {
        await using var fixture = await Fixture.StartAsync(postgres);

        fixture.Writer.Post([Raw("a34004", 0, 35), Raw("a34004", 0, 37)]);
        await fixture.Writer.FlushAsync();

        Assert.Equal([("a34004", "raw", 37.0)], await fixture.RowsAsync());
    }

    private static ReadingRecord Raw(string factor, int minute, double value) =>
        new("station", "S1", factor, ReadingRecord.RawInterval, Noon.AddMinutes(minute), value, 'N', true);

    private static ReadingRecord Average(string interval, double value) =>
        new("station", "S1", "a34004", interval, Noon, value, 'N', true);

    private sealed class Fixture : IAsyncDisposable
    {
        private readonly NpgsqlDataSource _dataSource;

        private Fixture(NpgsqlDataSource dataSource)
        {
            _dataSource = dataSource;
            Writer = new ReadingsWriter(dataSource, NullLogger<ReadingsWriter>.Instance);
        }

        public ReadingsWriter Writer { get; }

        public static async Task<Fixture> StartAsync(PostgresServer postgres)
        {
            var database = await postgres.CreateDatabaseAsync();
            await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);
            return new Fixture(NpgsqlDataSource.Create(database));
        }

        public async Task<List<(string Factor, string Interval, double Value)>> RowsAsync()
        {
            await using var command = _dataSource.CreateCommand("SELECT factor, interval, value FROM readings ORDER BY factor, interval, time");
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<(string, string, double)>();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDouble(2)));
            }

            return rows;
        }

        public async ValueTask DisposeAsync()
        {
            await Writer.DisposeAsync();
            await _dataSource.DisposeAsync();
        }
    }
}
