using EcoTwin.Silo;
using EcoTwin.Storage.Postgres;

try
{
    await using var silo = await EcoTwinSiloApp.BuildAsync(args);
    await silo.App.RunAsync();
    return 0;
}
catch (ManagedPostgresException ex)
{
    Console.Error.WriteLine($"ecotwin: {ex.Message}");
    return 1;
}
