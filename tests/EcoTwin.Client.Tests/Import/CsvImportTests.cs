using EcoTwin.Client.Import;

namespace EcoTwin.Client.Tests.Import;

public class CsvImportTests
{
    private const string Enterprises = """
        code,name,industry,address,lon,lat,districtCode,legalRepresentative,contact
        91320411MA1MXXXX0N,常州市华达化工有限公司,chemical,新北区汉江路1号,119.95,31.86,320411,周建国,
        91320411MA1MXXXX01,坏代码有限公司,chemical,新北区汉江路2号,119.95,31.86,320411,,
        91320411MA1MXXXX0N,重复有限公司,chemical,新北区汉江路3号,119.95,31.86,320411,,
        """;

    [Fact]
    public void Enterprise_with_a_bad_credit_code_is_rejected_with_its_line_and_the_field()
    {
        var plan = CsvImport.Read(Enterprises);

        Assert.Equal(ImportKind.Enterprises, plan.Kind);
        Assert.Equal("/api/enterprises/91320411MA1MXXXX0N", Assert.Single(plan.Items).Path);
        Assert.Equal("周建国", (string?)plan.Items[0].Body["legalRepresentative"]);
        Assert.Null(plan.Items[0].Body["contact"]);
        Assert.Equal([3, 4], plan.Rejected.Select(r => r.Line));
        Assert.StartsWith("code: '91320411MA1MXXXX01' is not a unified social credit code: Check character expected", plan.Rejected[0].Reason);
        Assert.Equal("repeats the key of line 2", plan.Rejected[1].Reason);
    }

    [Fact]
    public void Station_rows_become_the_station_body_and_bad_numbers_kinds_and_field_counts_are_named()
    {
        var plan = CsvImport.Read("""
            name,code,kind,lon,lat,districtCode,factors
            天宁区文化宫,320402AQ000001,Air,119.97,31.78,320402,a34004;a34002
            坏站,320402AQ000002,fire,east,31.78,320402,a34004
            短行,320402AQ000003,air,119.97
            """);

        var body = Assert.Single(plan.Items).Body;
        Assert.Equal("air", (string?)body["kind"]);
        Assert.Equal(119.97, (double?)body["location"]!["lon"]);
        Assert.Equal(["a34004", "a34002"], body["factors"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(
            [(3, "lon: 'east' is not a number; kind: 'fire' is not air, water or noise"), (4, "has 4 fields; the header has 7")],
            plan.Rejected.Select(r => (r.Line, r.Reason)));
    }

    [Fact]
    public void Outlet_limits_are_read_as_max_or_min_to_max()
    {
        var plan = CsvImport.Read("""
            mn,enterpriseCode,name,medium,lon,lat,districtCode,factors,limits
            320411WW000101,91320411MA1MXXXX0N,1#废水排放口,water,119.9,31.8,320411,w01018;w01001,w01018:50;w01001:6..9
            320411WW000102,91320411MA1MXXXX0N,2#废水排放口,water,119.9,31.8,320411,w01018,w01018:fifty
            """);

        var limits = Assert.Single(plan.Items).Body["limits"]!;
        Assert.Equal((50.0, (double?)null), ((double?)limits["w01018"]!["max"], (double?)limits["w01018"]!["min"]));
        Assert.Equal((9.0, 6.0), ((double?)limits["w01001"]!["max"], (double?)limits["w01001"]!["min"]));
        Assert.Equal("limits: 'w01018:fifty' is not factor:max, factor:min..max or factor:min..", Assert.Single(plan.Rejected).Reason);
    }

    [Fact]
    public void Header_of_no_known_kind_is_a_format_error()
    {
        var error = Assert.Throws<ImportFormatException>(() => ImportFile.Read("colour,size\nred,1\n"));

        Assert.Contains("is not one of stations", error.Message);
    }

    [Fact]
    public void Districts_come_from_a_feature_collection_and_a_feature_without_a_polygon_is_rejected_by_number()
    {
        var plan = ImportFile.Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"code":"320402","name":"天宁区","nameEn":"Tianning"},
               "geometry":{"type":"Polygon","coordinates":[[[119,31],[120,31],[120,32],[119,31]]]}},
              {"type":"Feature","properties":{"code":"320404","name":"钟楼区"},"geometry":{"type":"Point","coordinates":[119,31]}}]}
            """);

        Assert.Equal(ImportKind.Districts, plan.Kind);
        Assert.Equal("Polygon", (string?)Assert.Single(plan.Items).Body["boundary"]!["type"]);
        Assert.Equal((2, "320404"), (plan.Rejected[0].Line, plan.Rejected[0].Key));
        Assert.Contains("boundary: is a Point", plan.Rejected[0].Reason);
    }
}
