using System.Text.Json;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoCityDeterminismTests
{
    [Fact]
    public void The_same_seed_gives_byte_identical_json()
    {
        var first = JsonSerializer.SerializeToUtf8Bytes(TestCities.Default);
        var second = JsonSerializer.SerializeToUtf8Bytes(DemoCity.Generate(DemoCity.DefaultSeed));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_city_with_the_same_shape_of_content()
    {
        var other = DemoCity.Generate(7);

        Assert.NotEqual(JsonSerializer.Serialize(TestCities.Default), JsonSerializer.Serialize(other));
        Assert.NotEqual(TestCities.Default.Districts[0].Polygon, other.Districts[0].Polygon);
        Assert.NotEqual(TestCities.Default.Enterprises.Select(e => e.CreditCode), other.Enterprises.Select(e => e.CreditCode));
        Assert.Equal(TestCities.Default.Districts.Select(d => d.Code), other.Districts.Select(d => d.Code));
        Assert.Equal((100, 20, 300, 600), (other.Stations.Count(s => s.Kind == DemoKinds.Air), other.Stations.Count(s => s.Kind == DemoKinds.Water), other.Enterprises.Count, other.Sources.Count));
    }

    [Fact]
    public void The_city_round_trips_through_json()
    {
        var json = JsonSerializer.Serialize(TestCities.Default);
        var back = JsonSerializer.Deserialize<DemoCity>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
    }

    [Fact]
    public void Collections_cannot_be_changed_through_a_cast()
    {
        var city = TestCities.Default;

        Assert.False(city.Districts is IList<DemoDistrict> { IsReadOnly: false });
        Assert.False(city.Districts[0].Polygon is IList<LonLat> { IsReadOnly: false });
        Assert.False(city.Stations[0].Factors is IList<string> { IsReadOnly: false });
        Assert.False(city.Sources is IList<DemoSource> { IsReadOnly: false });
        Assert.False(city.Sources[0].Limits is IDictionary<string, double> { IsReadOnly: false });
        Assert.False(city.Lines[0].Coordinates is IList<LonLat> { IsReadOnly: false });
    }
}
