using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Tests.Quality;

public class DataFlagTests
{
    [Theory]
    [InlineData('N', DataFlag.Normal)]
    [InlineData('F', DataFlag.Stopped)]
    [InlineData('M', DataFlag.Maintenance)]
    [InlineData('S', DataFlag.ManualValue)]
    [InlineData('D', DataFlag.Fault)]
    [InlineData('C', DataFlag.Calibration)]
    [InlineData('T', DataFlag.AboveUpperLimit)]
    [InlineData('B', DataFlag.CommunicationFault)]
    public void Each_flag_parses_from_its_letter_and_prints_it_back(char letter, DataFlag expected)
    {
        Assert.True(DataFlags.TryParse(letter, out var flag));
        Assert.Equal(expected, flag);
        Assert.True(DataFlags.TryParse(letter.ToString(), out var fromText));
        Assert.Equal(expected, fromText);
        Assert.Equal(letter, flag.Letter());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("n")]
    [InlineData("P")]
    [InlineData("X")]
    [InlineData("NN")]
    [InlineData(" N")]
    public void Unknown_or_malformed_flags_do_not_parse(string? text)
    {
        Assert.False(DataFlags.TryParse(text, out _));
        Assert.False(DataFlags.IsValidFlag(text));
    }

    [Fact]
    public void Only_N_is_valid()
    {
        Assert.Equal([DataFlag.Normal], DataFlags.All.Where(f => f.IsValid()));
        Assert.True(DataFlags.IsValidFlag("N"));
        Assert.All(["F", "M", "S", "D", "C", "T", "B"], text => Assert.False(DataFlags.IsValidFlag(text)));
    }

    [Fact]
    public void Flags_are_listed_in_table_8_order_with_names()
    {
        Assert.Equal("NFMSDCTB", string.Concat(DataFlags.All.Select(f => f.Letter())));
        Assert.Equal("校准", DataFlag.Calibration.NameZh());
        Assert.Equal("above upper limit", DataFlag.AboveUpperLimit.NameEn());
    }

    [Fact]
    public void Flag_set_holds_flags_in_one_byte()
    {
        var set = DataFlagSet.Empty.Add(DataFlag.CommunicationFault).Add(DataFlag.Maintenance).Add(DataFlag.Maintenance);

        Assert.True(DataFlagSet.Empty.IsEmpty);
        Assert.True(set.Contains(DataFlag.Maintenance));
        Assert.False(set.Contains(DataFlag.Normal));
        Assert.Equal([DataFlag.Maintenance, DataFlag.CommunicationFault], set.Flags);
        Assert.Equal("MB", set.ToString());
        Assert.Equal(0b1000_0100, set.Bits);
    }
}
