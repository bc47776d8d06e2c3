using EcoTwin.Domain.Demo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoValuesWaterAndEmissionTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 25, 0, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("w01001", 6.5, 9)]
    [InlineData("w01009", 5, 14)]
    [InlineData("w01018", 5, 40)]
    [InlineData("w21003", 0.02, 2)]
    [InlineData("w21011", 0.01, 0.4)]
    [InlineData("w21001", 0.5, 6)]
    [InlineData("w01010", 8, 22)]
    public void Surface_water_stays_in_plausible_ranges_through_a_november_day(string factor, double min, double max)
    {
        foreach (var station in TestCities.Default.Stations.Where(s => s.Kind == DemoKinds.Water))
        {
            for (var h = 0; h < 24; h++)
            {
                Assert.InRange(TestCities.Values.WaterQuality(station.Code, factor, Day.AddHours(h)), min, max);
            }
        }
    }

    [Fact]
    public void Dissolved_oxygen_is_higher_in_the_afternoon_than_before_dawn()
    {
        var stations = TestCities.Default.Stations.Where(s => s.Kind == DemoKinds.Water).ToList();
        double Mean(int hour) => stations.Average(s => TestCities.Values.WaterQuality(s.Code, "w01009", Day.AddHours(hour)));

        Assert.True(Mean(15) > Mean(5));
    }

    [Fact]
    public void Outlets_stay_under_their_limits_except_for_occasional_hours_at_1_1_to_1_5_times_a_limit()
    {
        var (readings, over) = (0, 0);
        var exceedingOutlets = new HashSet<string>();
        foreach (var source in TestCities.Default.Sources)
        {
            for (var h = 0; h < 72; h++)
            {
                var at = Day.AddHours(h).AddMinutes(30);
                foreach (var (factor, limit) in source.Limits)
                {
                    var value = TestCities.Values.Emission(source.Mn, factor, at);
                    var lower = source.LowerLimits.GetValueOrDefault(factor, double.NegativeInfinity);
                    readings++;
                    if (value > limit || value < lower)
                    {
                        over++;
                        exceedingOutlets.Add(source.Mn);
                        if (factor == "w01001")
                        {
                            Assert.InRange(value, 4.5, 10.5);
                        }
                        else
                        {
                            Assert.InRange(value / limit, 1.099, 1.501);
                        }
                    }
                    else
                    {
                        Assert.True(value > 0, $"{source.Mn} {factor} = {value}");
                    }
                }
            }
        }

        Assert.InRange(over, 1, readings / 50);
        Assert.InRange(exceedingOutlets.Count, 10, 200);
    }

    [Fact]
    public void An_exceedance_lasts_the_whole_hour()
    {
        var source = TestCities.Default.Sources.First(s => Enumerable.Range(0, 240).Any(h => Exceeds(s, Day.AddHours(h))));
        var hour = Enumerable.Range(0, 240).First(h => Exceeds(source, Day.AddHours(h)));

        Assert.All(Enumerable.Range(0, 60), m => Assert.True(Exceeds(source, Day.AddHours(hour).AddMinutes(m))));
    }

    [Fact]
    public void Flows_and_oxygen_are_plausible_and_day_shift_plants_run_less_at_night()
    {
        var values = TestCities.Values;
        foreach (var source in TestCities.Default.Sources)
        {
            var flow = source.Medium == DemoKinds.Gas ? "a00000" : "w00000";
            Assert.InRange(values.Emission(source.Mn, flow, Day.AddHours(10)), 0.5, 800);
            if (source.Medium == DemoKinds.Gas)
            {
                var boiler = source.NameZh.Contains("锅炉", StringComparison.Ordinal);
                Assert.InRange(values.Emission(source.Mn, "a19001", Day.AddHours(10)), boiler ? 5 : 3, boiler ? 11 : 21);
            }
        }

        var dyeing = TestCities.Default.Enterprises.First(e => e.Industry == DemoIndustries.PrintingDyeing).CreditCode;
        var outlet = TestCities.Default.Sources.First(s => s.EnterpriseCode == dyeing && s.Medium == DemoKinds.Water).Mn;
        Assert.True(values.Emission(outlet, "w00000", Day.AddHours(14)) > 2 * values.Emission(outlet, "w00000", Day.AddHours(3)));
    }

    [Fact]
    public void Factors_an_outlet_does_not_measure_are_refused()
    {
        var gas = TestCities.Default.Sources.First(s => s.Medium == DemoKinds.Gas).Mn;

        Assert.Throws<ArgumentException>(() => TestCities.Values.Emission(gas, "w01018", Day));
        Assert.Throws<ArgumentException>(() => TestCities.Values.Emission("NOPE", "a34013", Day));
        Assert.Equal(TestCities.Values.Emission(gas, "a34013", Day), TestCities.Values.Reading(gas, "a34013", Day));
    }

    private static bool Exceeds(DemoSource source, DateTimeOffset at) =>
        source.Limits.Any(kv =>
        {
            var value = TestCities.Values.Emission(source.Mn, kv.Key, at);
            return value > kv.Value || value < source.LowerLimits.GetValueOrDefault(kv.Key, double.NegativeInfinity);
        });
}
