using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Client.Simulation;
using EcoTwin.Domain.Demo;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Sources;

[Collection(PostgresCollection.Name)]
public sealed class SourcePersistenceTests(PostgresServer postgres)
{
    [Fact]
    public async Task Outlet_with_emission_limits_survives_a_full_silo_restart()
    {
        // Limits are an immutable dictionary in the twin's state: the ADO.NET storage's JSON must read it back.
        var source = DemoCity.Generate().Sources.First(s => s.Limits.Count > 0);
        var factor = source.Factors.First(source.Limits.ContainsKey);
        var database = await postgres.CreateDatabaseAsync();
        string clusterId;
        await using (var silo = await TestSilo.StartAsync(database))
        {
            clusterId = silo.ClusterId;
            (await silo.Http.PutAsJsonAsync($"/api/sources/{source.Mn}", DemoMasterDataBodies.Source(source))).EnsureSuccessStatusCode();
        }

        await using var restarted = await TestSilo.StartAsync(database, clusterId);
        var json = await restarted.Http.GetFromJsonAsync<JsonElement>($"/api/sources/{source.Mn}");

        Assert.Equal(source.EnterpriseCode, json.GetProperty("enterpriseCode").GetString());
        Assert.Equal(source.Limits[factor], json.GetProperty("limits").GetProperty(factor).GetProperty("max").GetDouble());
    }
}
