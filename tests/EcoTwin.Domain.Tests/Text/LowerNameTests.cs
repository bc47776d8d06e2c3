using EcoTwin.Domain.Text;

namespace EcoTwin.Domain.Tests.Text;

public sealed class LowerNameTests
{
    private enum Sample
    {
        Station,
        HourlyAverage,
    }

    [Fact]
    public void Names_are_the_enum_names_in_lower_case_and_made_once() =>
        Assert.Equal(["station", "hourlyaverage"], [LowerName.Of(Sample.Station), LowerName.Of(Sample.HourlyAverage)]);

    [Fact]
    public void The_same_value_gives_the_same_string_instance() =>
        Assert.Same(LowerName.Of(Sample.Station), LowerName.Of(Sample.Station));

    [Fact]
    public void A_value_outside_the_enum_is_named_by_its_number() =>
        Assert.Equal("7", LowerName.Of((Sample)7));
}
