using EcoTwin.Silo;
using EcoTwin.Silo.Gateway;
using EcoTwin.Storage.Postgres;

try
{
    await using var silo = await EcoTwinSiloApp.BuildAsync(args);
    await silo.App.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is ManagedPostgresException or GatewayUnavailableException)
{
    Console.Error.WriteLine($"ecotwin: {ex.Message}");
    return 1;
}
