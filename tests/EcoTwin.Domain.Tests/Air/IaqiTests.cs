using EcoTwin.Domain.Air;

namespace EcoTwin.Domain.Tests.Air;

public class IaqiTests
{
    // HJ 633-2012 table 1, written out here independently of the production table.
    // Columns: IAQI 0, 50, 100, 150, 200, 300, 400, 500.
    private static readonly (AqiItem Item, decimal[] Breakpoints)[] Table =
    [
        (AqiItem.So2Avg24h, [0, 50, 150, 475, 800, 1600, 2100, 2620]),
        (AqiItem.So2Avg1h, [0, 150, 500, 650, 800]),
        (AqiItem.No2Avg24h, [0, 40, 80, 180, 280, 565, 750, 940]),
        (AqiItem.No2Avg1h, [0, 100, 200, 700, 1200, 2340, 3090, 3840]),
        (AqiItem.Pm10Avg24h, [0, 50, 150, 250, 350, 420, 500, 600]),
        (AqiItem.Pm10Avg1h, [0, 50, 150, 250, 350, 420, 500, 600]),
        (AqiItem.CoAvg24h, [0, 2, 4, 14, 24, 36, 48, 60]),
        (AqiItem.CoAvg1h, [0, 5, 10, 35, 60, 90, 120, 150]),
        (AqiItem.O3Avg1h, [0, 160, 200, 300, 400, 800, 1000, 1200]),
        (AqiItem.O3Avg8h, [0, 100, 160, 215, 265, 800]),
        (AqiItem.Pm25Avg24h, [0, 35, 75, 115, 150, 250, 350, 500]),
        (AqiItem.Pm25Avg1h, [0, 35, 75, 115, 150, 250, 350, 500]),
    ];

    private static readonly int[] Steps = [0, 50, 100, 150, 200, 300, 400, 500];

    public static TheoryData<AqiItem, decimal, int> EveryBreakpoint()
    {
        var data = new TheoryData<AqiItem, decimal, int>();
        foreach (var (item, breakpoints) in Table)
        {
            for (var i = 0; i < breakpoints.Length; i++)
            {
                data.Add(item, breakpoints[i], Steps[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBreakpoint))]
    public void Every_breakpoint_maps_to_its_iaqi_exactly(AqiItem item, decimal concentration, int expected)
    {
        Assert.Equal(expected, Iaqi.Compute(item, concentration));
    }

    [Fact]
    public void The_table_covers_every_item_and_matches_the_production_rows()
    {
        Assert.Equal(AqiItems.All.Order(), Table.Select(r => r.Item).Order());
        foreach (var (item, breakpoints) in Table)
        {
            Assert.Equal(breakpoints, AqiBreakpoints.For(item));
        }
    }

    [Theory]
    [InlineData(AqiItem.Pm25Avg24h, "80", 107)] // 50/40 × 5 + 100 = 106.25
    [InlineData(AqiItem.Pm25Avg24h, "35.1", 51)] // 50/40 × 0.1 + 50 = 50.125
    [InlineData(AqiItem.So2Avg24h, "51", 51)] // 50/100 × 1 + 50 = 50.5
    [InlineData(AqiItem.So2Avg24h, "151", 101)] // 50/325 × 1 + 100 = 100.15...
    [InlineData(AqiItem.No2Avg1h, "201", 101)] // 50/500 × 1 + 100 = 100.1
    [InlineData(AqiItem.CoAvg24h, "2.1", 53)] // 50/2 × 0.1 + 50 = 52.5
    [InlineData(AqiItem.O3Avg8h, "101", 51)] // 50/60 × 1 + 50 = 50.83...
    [InlineData(AqiItem.O3Avg1h, "0.001", 1)] // 50/160 × 0.001 = 0.0003125
    [InlineData(AqiItem.No2Avg24h, "281", 201)] // 100/285 × 1 + 200 = 200.35...
    public void Iaqi_rounds_up_between_breakpoints(AqiItem item, string concentration, int expected)
    {
        Assert.Equal(expected, Iaqi.Compute(item, decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(AqiItem.So2Avg24h, "163", 102)] // 50/325 × 13 + 100 = 102 exactly
    [InlineData(AqiItem.No2Avg24h, "337", 220)] // 100/285 × 57 + 200 = 220 exactly
    [InlineData(AqiItem.Pm10Avg24h, "350.7", 201)] // 100/70 × 0.7 + 200 = 201 exactly
    [InlineData(AqiItem.Pm10Avg24h, "420.8", 301)] // 100/80 × 0.8 + 300 = 301 exactly
    public void Iaqi_is_not_rounded_up_when_the_interpolation_is_an_integer(AqiItem item, string concentration, int expected)
    {
        Assert.Equal(expected, Iaqi.Compute(item, decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(AqiItem.So2Avg24h, "2620.001")]
    [InlineData(AqiItem.No2Avg24h, "941")]
    [InlineData(AqiItem.No2Avg1h, "3841")]
    [InlineData(AqiItem.Pm10Avg24h, "601")]
    [InlineData(AqiItem.Pm10Avg1h, "999")]
    [InlineData(AqiItem.CoAvg24h, "60.1")]
    [InlineData(AqiItem.CoAvg1h, "150.1")]
    [InlineData(AqiItem.O3Avg1h, "1201")]
    [InlineData(AqiItem.Pm25Avg24h, "500.1")]
    [InlineData(AqiItem.Pm25Avg1h, "100000")]
    public void Iaqi_caps_at_500_above_the_last_breakpoint(AqiItem item, string concentration)
    {
        Assert.Equal(500, Iaqi.Compute(item, decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void So2_1h_above_800_is_not_indexed_on_the_1h_scale()
    {
        Assert.Equal(200, Iaqi.Compute(AqiItem.So2Avg1h, 800m));
        Assert.Null(Iaqi.Compute(AqiItem.So2Avg1h, 800.001m));
        Assert.Null(Iaqi.Compute(AqiItem.So2Avg1h, 5000m));
    }

    [Fact]
    public void O3_8h_above_800_is_not_indexed_on_the_8h_scale()
    {
        Assert.Equal(300, Iaqi.Compute(AqiItem.O3Avg8h, 800m));
        Assert.Null(Iaqi.Compute(AqiItem.O3Avg8h, 800.001m));
    }

    [Fact]
    public void Only_so2_1h_and_o3_8h_have_truncated_scales()
    {
        Assert.Equal([AqiItem.So2Avg1h, AqiItem.O3Avg8h], AqiItems.All.Where(AqiBreakpoints.IsTruncated));
    }

    [Fact]
    public void Negative_concentration_is_rejected_with_the_item_in_the_message()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Iaqi.Compute(AqiItem.CoAvg1h, -0.1m));
        Assert.StartsWith("co-1h: concentration must be >= 0 mg/m³, got -0.1.", error.Message, StringComparison.Ordinal);
    }
}
