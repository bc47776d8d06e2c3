namespace EcoTwin.Grains.Cases;

/// <summary>Registers what cases need in a silo, apart from the board (the host supplies <see cref="ICaseBoard"/>).</summary>
public static class CaseServiceExtensions
{
    /// <summary>The alarm intake and the live case feed.</summary>
    public static IServiceCollection AddEcoTwinCases(this IServiceCollection services)
    {
        services.AddSingleton<CaseIntake>();
        services.AddSingleton<ICaseIntake>(provider => provider.GetRequiredService<CaseIntake>());
        services.AddSingleton<CaseChangeFeed>();
        return services;
    }
}
