using EcoTwin.Grains.Cases;

namespace EcoTwin.Silo.Cases;

/// <summary>Adds the cases' board on PostgreSQL (the stores themselves are registered by the web front).</summary>
public static class CaseHostingExtensions
{
    /// <summary>Registers <see cref="CaseBoard"/> as the cases' <see cref="ICaseBoard"/>.</summary>
    public static WebApplicationBuilder AddEcoTwinCaseBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICaseBoard, CaseBoard>();
        return builder;
    }
}
