using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Districts;

namespace EcoTwin.Grains.Rollups;

/// <summary>Registers the roll-ups of enterprises, districts and the city in a silo.</summary>
public static class RollupServiceExtensions
{
    /// <summary>
    /// The district locator and the change listener that feeds the roll-up twins. The host supplies
    /// <see cref="IDistrictBoundaries"/> (the districts table, or a fake in tests).
    /// </summary>
    public static IServiceCollection AddEcoTwinRollups(this IServiceCollection services)
    {
        services.AddSingleton<DistrictLocator>();
        services.AddSingleton<RollupFeed>();
        services.AddSingleton<ITwinChangeListener>(sp => sp.GetRequiredService<RollupFeed>());
        return services;
    }
}
