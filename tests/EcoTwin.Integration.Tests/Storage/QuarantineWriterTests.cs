using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Storage.Migrations;
using EcoTwin.Storage.Quarantine;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EcoTwin.Integration.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class QuarantineWriterTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_flood_beyond_the_queued_bytes_is_refused_and_everything_accepted_is_kept()
    {
        var database = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(database);
        var writer = new QuarantineWriter(dataSource, NullLogger<QuarantineWriter>.Instance);
        var input = new QuarantinedInput(DateTimeOffset.UtcNow, "127.0.0.1:1", null, "junk", "flood", new byte[QuarantineWriter.MaxKeptBytes * 2]);
        var flood = (int)(4 * QuarantineWriter.MaxQueuedBytes / QuarantineWriter.MaxKeptBytes);

        var accepted = Enumerable.Range(0, flood).Count(_ => writer.Add(input));
        await writer.DisposeAsync();

        Assert.InRange(accepted, 1, flood - 1);
        await using var count = dataSource.CreateCommand("SELECT count(*), max(length(bytes)) FROM quarantine");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((long)accepted, reader.GetInt64(0));
        Assert.Equal(QuarantineWriter.MaxKeptBytes, reader.GetInt32(1));
    }
}
