using EcoTwin.Domain.Csv;

namespace EcoTwin.Domain.Tests.Csv;

public class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_records_know_their_first_line()
    {
        var records = CsvReader.Read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\n").ToList();

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
    }

    [Fact]
    public void Unclosed_quote_is_an_error_of_its_record()
    {
        var record = CsvReader.Read("a,\"b\n").Single();

        Assert.Equal("a quoted field is not closed", record.Error);
    }
}
