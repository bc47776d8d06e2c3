using System.CommandLine;
using System.Globalization;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Cli.Commands;

/// <summary>
/// `ecotwin hj212 encode --cn 2011 --st 22 --pw 123456 --mn X [--flag 5] [--qn ...] [--time ...] --cp k=v ...`:
/// prints one frame with its CRLF. The codec's encoder refuses anything its parser would not read back.
/// </summary>
public static class Hj212EncodeCommand
{
    /// <summary>Builds the `encode` verb.</summary>
    public static Command Build()
    {
        var cn = Text("--cn", "Command code, e.g. 2011 (real-time data).", required: true);
        var st = Text("--st", "System code, e.g. 22 (ambient air), 32 (surface-water source).", required: true);
        var pw = Text("--pw", "Password.", required: true);
        var mn = Text("--mn", "Device id.", required: true);
        var flag = new Option<int>("--flag") { Description = "Flag: 5 = HJ 212-2017 with ack wanted (default), 4 = no ack, 7 = subpackaged.", DefaultValueFactory = _ => 5 };
        var qn = Text("--qn", "Request number (default: now on this machine's clock, yyyyMMddHHmmssfff).", required: false);
        var time = Text("--time", "DataTime, put first in CP: yyyyMMddHHmmss, ISO 8601 local time (2016-08-01T08:40:00) or 'now'.", required: false);
        var pnum = new Option<int?>("--pnum") { Description = "Total packets of a subpackaged transfer (with --pno and --flag 7)." };
        var pno = new Option<int?>("--pno") { Description = "This packet's number in the transfer, from 1." };
        var cp = new Option<string[]>("--cp") { Description = "A CP item key=value, e.g. a34004-Rtd=35.2; repeat in the order to send.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("encode", "Build an HJ 212 frame (##length, segment, CRC, CRLF) from arguments.") { cn, st, pw, mn, flag, qn, time, pnum, pno, cp };
        command.SetAction(parse =>
        {
            var items = new List<Hj212CpItem>();
            if (parse.GetValue(time) is { } timeText)
            {
                if (!TryReadTime(timeText, out var dataTime))
                {
                    return Fail($"--time '{timeText}' is not yyyyMMddHHmmss, an ISO 8601 local time or 'now'");
                }

                items.Add(new Hj212CpItem("DataTime", dataTime));
            }

            foreach (var text in parse.GetValue(cp) ?? [])
            {
                var equals = text.IndexOf('=');
                if (equals <= 0)
                {
                    return Fail($"--cp '{text}' is not key=value");
                }

                var key = text[..equals];
                if (key == "DataTime" && parse.GetValue(time) is not null)
                {
                    return Fail("DataTime is given twice: by --time and by --cp");
                }

                items.Add(new Hj212CpItem(key, text[(equals + 1)..]));
            }

            var packet = new Hj212Packet
            {
                Qn = parse.GetValue(qn) ?? Hj212Time.FormatQn(DateTime.Now),
                St = parse.GetValue(st)!,
                Cn = parse.GetValue(cn)!,
                Pw = parse.GetValue(pw)!,
                Mn = parse.GetValue(mn)!,
                Flag = parse.GetValue(flag),
                Pnum = parse.GetValue(pnum),
                Pno = parse.GetValue(pno),
                Cp = items,
            };
            byte[] frame;
            try
            {
                frame = Hj212Encoder.EncodeFrame(packet);
            }
            catch (ArgumentException ex)
            {
                return Fail(ex.Message.Replace(" (Parameter 'packet')", string.Empty, StringComparison.Ordinal));
            }

            using var stdout = Console.OpenStandardOutput();
            stdout.Write(frame);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> Text(string name, string description, bool required) => new(name) { Description = description, Required = required };

    private static bool TryReadTime(string text, out string dataTime)
    {
        dataTime = text;
        if (text == "now")
        {
            dataTime = Hj212Time.Format(DateTime.Now);
            return true;
        }

        if (Hj212Time.TryParse(text, out _))
        {
            return true;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            dataTime = local.Millisecond == 0 ? Hj212Time.Format(local) : Hj212Time.FormatQn(local);
            return true;
        }

        return false;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"ecotwin: hj212 encode: {message}");
        return ExitCodes.BadInput;
    }
}
