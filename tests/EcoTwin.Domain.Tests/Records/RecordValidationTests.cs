using System.Text.Json.Nodes;
using EcoTwin.Domain.Records;

namespace EcoTwin.Domain.Tests.Records;

public sealed class RecordValidationTests
{
    private const string Enterprise = "91330100799655058B";

    [Fact]
    public void Valid_permit_gives_its_limits_and_is_in_force_within_its_validity()
    {
        var details = JsonNode.Parse("""{"issuer":"常州市生态环境局","limits":[{"outlet":"SO01","factor":"w01018","max":50,"unit":"mg/L"},{"outlet":"SO01","factor":"w01001","max":9,"min":6}]}""")!.AsObject();

        var (record, errors) = RecordValidation.Validate(new RecordInput("permit", Enterprise, null, "91330100799655058B001P", "2026-01-05", "2026-01-05", "2031-01-04", details));

        Assert.Empty(errors);
        Assert.Equal(RecordKind.Permit, record!.Kind);
        Assert.Equal([new PermitLimit("SO01", "w01018", 50, null, "mg/L"), new PermitLimit("SO01", "w01001", 9, 6, null)], record.Limits);
        Assert.True(record.InForce(new DateOnly(2026, 11, 25)));
        Assert.False(record.InForce(new DateOnly(2031, 1, 5)));
    }

    [Fact]
    public void Permit_without_number_validity_or_issuer_names_each_field()
    {
        var (record, errors) = RecordValidation.Validate(new RecordInput("permit", Enterprise, null, null, "2026-01-05", null, "2025-01-01", []));

        Assert.Null(record);
        Assert.Equal(["documentNo", "validFrom", "details.issuer"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Bad_limits_are_named_by_index()
    {
        var details = JsonNode.Parse("""{"issuer":"x","limits":[{"outlet":"SO 1","factor":"w01018","max":5},{"outlet":"SO1","factor":"w01018"},{"outlet":"SO1","factor":"w01001","max":"x"},{"outlet":"SO2","factor":"w01001","max":6,"min":9}]}""")!.AsObject();

        var (_, errors) = RecordValidation.Validate(new RecordInput("permit", Enterprise, null, "P1", "2026-01-05", "2026-01-05", "2027-01-05", details));

        Assert.Equal(["details.limits[0].outlet", "details.limits[1]", "details.limits[2].max", "details.limits[3]"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Penalty_amount_must_be_a_number_and_its_status_a_known_code()
    {
        var details = JsonNode.Parse("""{"violation":"超标排放","amount":"二十万","status":"forgiven"}""")!.AsObject();

        var (_, errors) = RecordValidation.Validate(new RecordInput("penalty", Enterprise, null, "常环罚〔2026〕12号", "2026-03-01", null, null, details));

        Assert.Equal(["details.amount", "details.status"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Unknown_kind_field_bad_code_and_date_are_rejected()
    {
        Assert.Equal("kind", RecordValidation.Validate(new RecordInput("licence", Enterprise, null, null, "2026-01-01", null, null, null)).Errors.Single().Field);
        var (_, errors) = RecordValidation.Validate(new RecordInput("complaint", "91330100799655058C", null, null, "2026/01/01", null, null,
            JsonNode.Parse("""{"channel":"12345","content":"夜间异味","status":"received","colour":"red"}""")!.AsObject()));
        Assert.Equal(["date", "details.colour", "enterpriseCode"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("eia", """{"project":"扩建项目","authority":"常州市生态环境局"}""", "常环审〔2025〕8号")]
    [InlineData("inspection", """{"inspectors":"王、李","result":"compliant"}""", null)]
    [InlineData("hazardous-waste", """{"wasteCode":"HW08","quantity":"12.5","unit":"t"}""", null)]
    [InlineData("emergency-plan", """{"riskLevel":"larger"}""", "320402-2026-015-M")]
    [InlineData("credit-rating", """{"year":2025,"rating":"blue"}""", null)]
    [InlineData("cleaner-production", """{"stage":"accepted"}""", null)]
    public void Each_kind_accepts_a_complete_record(string kind, string details, string? documentNo)
    {
        var (record, errors) = RecordValidation.Validate(new RecordInput(kind, Enterprise, null, documentNo, "2026-02-01", null, null, JsonNode.Parse(details)!.AsObject()));

        Assert.Empty(errors);
        Assert.NotNull(record);
    }

    [Fact]
    public void Numbers_given_as_text_are_stored_as_numbers()
    {
        var (record, _) = RecordValidation.Validate(new RecordInput("hazardous-waste", Enterprise, null, null, "2026-02-01", null, null,
            JsonNode.Parse("""{"wasteCode":"HW08","quantity":"12.5"}""")!.AsObject()));

        Assert.Equal(12.5, record!.Details["quantity"]!.GetValue<double>());
    }
}
