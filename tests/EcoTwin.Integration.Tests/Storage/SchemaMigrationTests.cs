using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Storage.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoTwin.Integration.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMigrationTests(PostgresServer postgres)
{
    [Fact]
    public async Task First_run_applies_every_script_in_order_and_records_it()
    {
        var database = await postgres.CreateDatabaseAsync();

        var applied = await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);

        Assert.Equal(SchemaMigrator.Scripts.Select(script => script.Id), applied);
        Assert.Contains("0001_orleans_main", applied);
        Assert.Equal(applied, await RecordedAsync(database));
    }

    [Fact]
    public async Task Second_run_applies_nothing_and_changes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);
        var tablesBefore = await TablesAsync(database);

        var applied = await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);

        Assert.Empty(applied);
        Assert.Equal(tablesBefore, await TablesAsync(database));
    }

    [Fact]
    public async Task Silos_migrating_at_once_apply_each_script_exactly_once()
    {
        var database = await postgres.CreateDatabaseAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SchemaMigrator.ApplyAsync(database, NullLogger.Instance)));

        Assert.Equal(SchemaMigrator.Scripts.Select(script => script.Id).Order(), runs.SelectMany(ids => ids).Order());
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_is_refused()
    {
        var database = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);
        await Sql.ExecuteAsync(database, "UPDATE ecotwin_schema_migrations SET checksum = 'tampered' WHERE id = '0001_orleans_main'");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrator.ApplyAsync(database, NullLogger.Instance));

        Assert.Contains("0001_orleans_main", error.Message);
    }

    [Fact]
    public async Task Orleans_query_table_holds_the_provider_queries()
    {
        var database = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);

        var keys = await Sql.ColumnAsync(database, "SELECT querykey FROM orleansquery");

        Assert.Contains("InsertMembershipKey", keys);
        Assert.Contains("WriteToStorageKey", keys);
        Assert.Contains("UpsertReminderRowKey", keys);
    }

    private static Task<List<string>> RecordedAsync(string database) =>
        Sql.ColumnAsync(database, "SELECT id FROM ecotwin_schema_migrations ORDER BY id");

    private static Task<List<string>> TablesAsync(string database) =>
        Sql.ColumnAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
}
