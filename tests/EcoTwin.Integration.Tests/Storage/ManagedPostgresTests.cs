using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoTwin.Integration.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class ManagedPostgresTests
{
    [Fact]
    public async Task Second_owner_of_a_data_folder_is_refused_with_a_clear_message()
    {
        var folder = TempFolder();
        await using var first = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = folder }, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<ManagedPostgresException>(
            () => ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = folder }, NullLogger.Instance));

        Assert.Contains("in use by another EcoTwin silo", error.Message);
        Assert.Contains("ConnectionStrings:EcoTwin", error.Message);
        Assert.Equal(["1"], await Sql.ColumnAsync(first.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Data_survives_a_stop_and_a_start_of_the_same_folder()
    {
        var folder = TempFolder();
        await using (var first = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = folder }, NullLogger.Instance))
        {
            await Sql.ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
        }

        await using var second = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = folder }, NullLogger.Instance);

        Assert.Equal(["still here"], await Sql.ColumnAsync(second.ConnectionString, "SELECT v FROM kept"));
    }

    [Fact]
    public void Missing_server_programs_are_reported_with_how_to_install_them()
    {
        var found = PostgresBinaries.Find(configuredFolder: null, pathVariable: "/nonexistent", debianRoot: "/nonexistent");

        Assert.Null(found);
        Assert.Contains("apt-get install -y postgresql", PostgresBinaries.NotFoundMessage);
        Assert.Contains("ConnectionStrings:EcoTwin", PostgresBinaries.NotFoundMessage);
    }

    [Fact]
    public void Newest_debian_server_version_is_preferred()
    {
        var root = Directory.CreateTempSubdirectory("ecotwin-pgroot-").FullName;
        foreach (var version in new[] { "9", "15", "13" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), string.Empty);
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), string.Empty);
        }

        var found = PostgresBinaries.Find(configuredFolder: null, pathVariable: string.Empty, debianRoot: root);

        Assert.Equal(Path.Combine(root, "15", "bin"), found?.Folder);
    }

    private static string TempFolder() =>
        Path.Combine(Path.GetTempPath(), "ecotwin-tests", "managed-" + Guid.NewGuid().ToString("N")[..8]);
}
