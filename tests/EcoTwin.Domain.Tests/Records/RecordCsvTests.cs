using EcoTwin.Domain.Records;

namespace EcoTwin.Domain.Tests.Records;

public sealed class RecordCsvTests
{
    [Fact]
    public void Permit_rows_with_the_same_number_form_one_permit_with_every_limit()
    {
        const string Csv = """
            enterpriseCode,documentNo,date,validFrom,validTo,issuer,outlet,factor,max,min,unit
            91330100799655058B,P-001,2026-01-05,2026-01-05,2031-01-04,常州市生态环境局,SO01,w01018,50,,mg/L
            91330100799655058B,P-001,2026-01-05,2026-01-05,2031-01-04,常州市生态环境局,SO01,w01001,9,6,

            9144030071526726XG,P-002,2026-02-01,2026-02-01,2031-01-31,"常州市生态环境局, 行政审批处",SO02,a21026,35,,mg/m³
            """;

        var (records, errors) = RecordCsv.Read(Csv, RecordSpecs.Of(RecordKind.Permit));

        Assert.Empty(errors);
        Assert.Equal([2, 5], records.Select(r => r.Line));
        var first = RecordValidation.Validate(records[0].Input).Record!;
        Assert.Equal(2, first.Limits.Count);
        Assert.Equal("常州市生态环境局, 行政审批处", records[1].Input.Details!["issuer"]!.GetValue<string>());
    }

    [Fact]
    public void Unknown_column_is_an_error_of_the_header_line()
    {
        var (records, errors) = RecordCsv.Read("enterpriseCode,date,colour\n91330100799655058B,2026-01-01,red\n", RecordSpecs.Of(RecordKind.Inspection));

        Assert.Empty(records);
        Assert.Equal(1, errors.Single().Line);
        Assert.Contains("colour", errors.Single().Error.Message);
    }

    [Fact]
    public void Rows_keep_their_line_numbers_across_quoted_line_breaks_and_short_rows_are_errors()
    {
        const string Csv = "enterpriseCode,date,channel,content,status\n91330100799655058B,2026-01-01,phone,\"夜间\n异味\",received\n91330100799655058B,2026-01-02\n";

        var (records, errors) = RecordCsv.Read(Csv, RecordSpecs.Of(RecordKind.Complaint));

        Assert.Equal(2, records.Single().Line);
        Assert.Equal("夜间\n异味", records.Single().Input.Details!["content"]!.GetValue<string>());
        Assert.Equal(4, errors.Single().Line);
    }

    [Fact]
    public void Unclosed_quote_names_its_line()
    {
        var (_, errors) = RecordCsv.Read("enterpriseCode,date\n\"9133,2026-01-01\n", RecordSpecs.Of(RecordKind.Inspection));

        Assert.Contains("line 2", errors.Single().Error.Message);
    }
}
