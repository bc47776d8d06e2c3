using System.Text;
using System.Text.Json;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Integration.Tests.Cli;

public sealed class Hj212CliTests
{
    // HJ 212-2017 appendix A (the CRC example, 1C80) and appendix C examples (tables C.16, C.40, C.50).
    private const string CrcFrame = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80";
    private const string MinuteUpload = "QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;"
        + "w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;"
        + "w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&";
    private const string LogUpload = "QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20100301145000;PolId=w01018;i11001-Info=//清洗管路//&&";
    private const string HourlyPart1 = "QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;"
        + "w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&";

    [Fact]
    public async Task Decode_prints_one_object_per_standard_example_with_every_key_and_cp_as_sent()
    {
        var input = string.Join("\r\n", CrcFrame, Frame(MinuteUpload), Frame(HourlyPart1)) + "\r\n";

        var run = await Infrastructure.Cli.RunAsync(["hj212", "decode"], input);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = Lines(run.Stdout);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("""{"ok":true,"crcOk":true,"qn":"20160801085857223","st":"32","cn":"1062","pw":"100000","mn":"010000A8900016F000169DC0","flag":5,"pnum":null,"pno":null,"dataTime":null,"cp":{"RtdInterval":"30"}}""", lines[0]);
        var minute = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("2016-08-01T08:40:00", minute.GetProperty("dataTime").GetString());
        Assert.Equal("2051", minute.GetProperty("cn").GetString());
        var cp = minute.GetProperty("cp").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}").ToList();
        Assert.Equal(15, cp.Count);
        Assert.Equal(["DataTime=20160801084000", "w00000-Cou=10.5", "w00000-Min=16.4"], cp.Take(3));
        Assert.Equal("w01018-Flag=N", cp[^1]);
        var hourly = JsonDocument.Parse(lines[2]).RootElement;
        Assert.Equal((7, 2, 1), (hourly.GetProperty("flag").GetInt32(), hourly.GetProperty("pnum").GetInt32(), hourly.GetProperty("pno").GetInt32()));
        Assert.Equal("63.0", hourly.GetProperty("cp").GetProperty("w00000-Cou").GetString());
    }

    [Fact]
    public async Task Decode_answers_every_bad_line_in_order_with_the_codecs_code_and_exits_0()
    {
        var input = string.Join("\n", Frame(MinuteUpload), CrcFrame[..^4] + "1C81", "hello", "", "##0101QN=2016", Frame(MinuteUpload)[..^4] + "zzzz", Frame(MinuteUpload));

        var run = await Infrastructure.Cli.RunAsync(["hj212", "decode"], input);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var results = Lines(run.Stdout).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(7, results.Length);
        Assert.Equal([true, false, false, false, false, false, true], results.Select(r => r.GetProperty("ok").GetBoolean()));
        Assert.Equal("crc: expected 1C80, got 1C81", Error(results[1]));
        Assert.Equal("header: a frame must start with '##'", Error(results[2]));
        Assert.Equal("truncated: the line is empty", Error(results[3]));
        Assert.StartsWith("truncated: ", Error(results[4]));
        Assert.StartsWith("crc: the CRC field 'zzzz' is not 4 hex digits", Error(results[5]));
        Assert.Equal(["ok", "error"], results[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Decode_reads_a_file_with_lf_and_crlf_lines_and_prints_chinese_unescaped()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hj212-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(file, Encoding.UTF8.GetBytes(Frame(LogUpload) + "\n" + CrcFrame + "\r\n" + Frame(MinuteUpload)));
        try
        {
            var run = await Infrastructure.Cli.RunAsync(["hj212", "decode", file]);

            Assert.True(run.ExitCode == 0, run.Stderr);
            var lines = Lines(run.Stdout);
            Assert.Equal(3, lines.Length);
            Assert.Contains("\"i11001-Info\":\"//清洗管路//\"", lines[0]);
            Assert.Contains("\"dataTime\":\"2010-03-01T14:50:00\"", lines[0]);
            Assert.All(lines, line => Assert.StartsWith("{\"ok\":true,", line));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Decode_of_a_missing_file_exits_2_with_a_message()
    {
        var run = await Infrastructure.Cli.RunAsync(["hj212", "decode", "/nonexistent/packets.txt"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot read '/nonexistent/packets.txt': no such file", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Decode_accepts_swapped_modbus_crcs_only_when_asked_and_says_so()
    {
        var segment = Encoding.ASCII.GetBytes(MinuteUpload);
        var modbus = Hj212Crc.ComputeModbus(segment);
        var frame = $"##{segment.Length:D4}{MinuteUpload}{(ushort)((modbus << 8) | (modbus >> 8)):X4}";

        var strict = await Infrastructure.Cli.RunAsync(["hj212", "decode"], frame);
        var lenient = await Infrastructure.Cli.RunAsync(["hj212", "decode", "--crc", "modbus-swapped"], frame);

        Assert.StartsWith("{\"ok\":false,\"error\":\"crc: expected ", strict.Stdout);
        Assert.StartsWith("{\"ok\":true,\"crcOk\":false,", lenient.Stdout);
    }

    [Fact]
    public async Task Encode_writes_the_encoders_frame_and_decode_reads_it_back()
    {
        var run = await Infrastructure.Cli.RunAsync(["hj212", "encode", "--cn", "2011", "--st", "22", "--pw", "123456", "--mn", "320402AQ000001", "--flag", "5",
            "--qn", "20261125083015123", "--time", "2026-11-25T08:30:15", "--cp", "a34004-Rtd=35.2", "--cp", "a34004-Flag=N", "--cp", "a21005-Rtd=0.812"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var expected = Hj212Encoder.EncodeFrameText(Hj212Uploads.RealTime(new DateTime(2026, 11, 25, 8, 30, 15, 123), "22", "123456", "320402AQ000001", new DateTime(2026, 11, 25, 8, 30, 15),
            [Hj212CpItem.Of("a34004", "Rtd", "35.2"), Hj212CpItem.Of("a34004", "Flag", "N"), Hj212CpItem.Of("a21005", "Rtd", "0.812")]));
        Assert.Equal(expected, run.Stdout);
        var decoded = await Infrastructure.Cli.RunAsync(["hj212", "decode"], run.Stdout);
        Assert.Equal(
            """{"ok":true,"crcOk":true,"qn":"20261125083015123","st":"22","cn":"2011","pw":"123456","mn":"320402AQ000001","flag":5,"pnum":null,"pno":null,"dataTime":"2026-11-25T08:30:15","cp":{"DataTime":"20261125083015","a34004-Rtd":"35.2","a34004-Flag":"N","a21005-Rtd":"0.812"}}""",
            decoded.Stdout.TrimEnd('\n'));
    }

    [Theory]
    [InlineData(new[] { "--cn", "2011", "--st", "22", "--pw", "123456" }, "Option '--mn' is required")]
    [InlineData(new[] { "--cn", "2011", "--st", "22", "--pw", "123456", "--mn", "X", "--cp", "a34004-Rtd" }, "--cp 'a34004-Rtd' is not key=value")]
    [InlineData(new[] { "--cn", "2011", "--st", "22", "--pw", "123456", "--mn", "bad mn" }, "MN 'bad mn' must be")]
    [InlineData(new[] { "--cn", "2011", "--st", "22", "--pw", "123456", "--mn", "X", "--flag", "7" }, "PNUM and PNO are missing")]
    [InlineData(new[] { "--cn", "2011", "--st", "22", "--pw", "123456", "--mn", "X", "--time", "yesterday" }, "--time 'yesterday' is not")]
    [InlineData(new[] { "--cn", "2011", "--st", "22", "--pw", "123456", "--mn", "X", "--flag", "five" }, "five")]
    public async Task Encode_refuses_bad_arguments_with_exit_2_and_a_message(string[] arguments, string message)
    {
        var run = await Infrastructure.Cli.RunAsync(["hj212", "encode", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Empty(run.Stdout);
    }

    private static string Frame(string segment) => Encoding.UTF8.GetString(Hj212Encoder.Frame(Encoding.UTF8.GetBytes(segment))).TrimEnd('\r', '\n');

    private static string[] Lines(string stdout) => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Error(JsonElement result) => result.GetProperty("error").GetString()!;
}
