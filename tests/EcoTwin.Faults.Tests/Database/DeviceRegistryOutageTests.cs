using EcoTwin.Faults.Tests.Infrastructure;
using EcoTwin.Silo.Gateway;
using EcoTwin.Storage.Devices;
using EcoTwin.Storage.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EcoTwin.Faults.Tests.Database;

/// <summary>The gateway's device cache while the database is down: known devices keep being served.</summary>
[Collection(FaultsCollection.Name)]
public sealed class DeviceRegistryOutageTests(FaultsDatabase postgres)
{
    [Fact]
    public async Task Known_device_keeps_its_cached_entry_past_its_age_while_the_registry_cannot_be_read()
    {
        var database = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(database);
        var store = new DeviceStore(dataSource);
        var device = new DeviceRecord("FAULTSDIR0000001", DeviceRecord.Station, "FAULTSDIR0000001", "123456");
        await store.UpsertAsync(device);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var directory = new DeviceDirectory(store, clock);
        Assert.Equal(device, await directory.FindAsync(device.Mn, CancellationToken.None));

        await postgres.Control.StopAsync(immediate: true);
        try
        {
            clock.Advance(TimeSpan.FromMinutes(1)); // well past the age at which an entry is read again

            Assert.Equal(device, await directory.FindAsync(device.Mn, CancellationToken.None));
            await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await directory.FindAsync("FAULTSDIR0000002", CancellationToken.None));
        }
        finally
        {
            await postgres.Control.StartAsync();
        }

        Assert.Null(await directory.FindAsync("FAULTSDIR0000002", CancellationToken.None)); // read again once the database is back
    }
}
