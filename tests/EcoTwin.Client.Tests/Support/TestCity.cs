using EcoTwin.Domain.Demo;

namespace EcoTwin.Client.Tests.Support;

/// <summary>The standard demo city, generated once for every test.</summary>
internal static class TestCity
{
    private static readonly Lazy<DemoCity> City = new(() => DemoCity.Generate());

    public static DemoCity Instance => City.Value;
}
