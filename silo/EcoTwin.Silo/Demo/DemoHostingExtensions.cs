namespace EcoTwin.Silo.Demo;

/// <summary>The silo's <c>--demo</c> switch: seeds the demo city in-process on start, then simulates its devices.</summary>
public static class DemoHostingExtensions
{
    /// <summary>The setting that turns the demo on (<c>--demo</c> is short for <c>--EcoTwin:Demo=true</c>).</summary>
    public const string EnabledKey = "EcoTwin:Demo";

    /// <summary>The seed of the demo city (default <see cref="Domain.Demo.DemoCity.DefaultSeed"/>).</summary>
    public const string SeedKey = "EcoTwin:DemoSeed";

    /// <summary>Replaces a bare <c>--demo</c> argument with <c>--EcoTwin:Demo=true</c>.</summary>
    public static string[] ExpandSwitch(string[] args) =>
        [.. args.Select(arg => arg == "--demo" ? $"--{EnabledKey}=true" : arg)];

    /// <summary>Registers the <see cref="DemoSeeder"/> and the <see cref="DemoSimulatorRunner"/> when the demo is on.</summary>
    public static WebApplicationBuilder AddEcoTwinDemo(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>(EnabledKey))
        {
            builder.Services.AddSingleton<DemoSeeder>();
            builder.Services.AddSingleton<IDemoDeviceRunner, DemoSimulatorRunner>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoSeeder>());
        }

        return builder;
    }
}
