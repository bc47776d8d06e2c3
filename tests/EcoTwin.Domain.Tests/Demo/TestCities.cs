using System.Collections.Concurrent;
using EcoTwin.Domain.Demo;

namespace EcoTwin.Domain.Tests.Demo;

/// <summary>Cities generated once per test run and shared by the demo tests.</summary>
internal static class TestCities
{
    private static readonly ConcurrentDictionary<int, Lazy<DemoCity>> Cities = new();
    private static readonly Lazy<DemoValues> DefaultValues = new(() => new DemoValues(Default));

    public static DemoCity Default => Of(DemoCity.DefaultSeed);

    public static DemoValues Values => DefaultValues.Value;

    public static DemoCity Of(int seed) => Cities.GetOrAdd(seed, s => new Lazy<DemoCity>(() => DemoCity.Generate(s))).Value;
}
