using System.Buffers;
using System.CommandLine;
using EcoTwin.Cli.Input;
using EcoTwin.Cli.Output;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Cli.Commands;

/// <summary>
/// `ecotwin hj212 decode [FILE]`: one JSON object per input line, in order, so output line N always
/// answers input line N. An empty line is reported as <c>truncated</c> rather than skipped, for that
/// reason. Exit 0 once every line was read, whatever the lines held.
/// </summary>
public static class Hj212DecodeCommand
{
    private const string Strict = "strict";
    private const string ModbusSwapped = "modbus-swapped";

    /// <summary>Builds the `decode` verb.</summary>
    public static Command Build()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A file of packets, one per line (CRLF or LF); none or '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var crc = new Option<string>("--crc")
        {
            Description = $"Which CRCs count as good: {Strict} (the standard's only, default) or {ModbusSwapped} (also CRC-16/MODBUS with its bytes swapped; crcOk is false then).",
            DefaultValueFactory = _ => Strict,
        };
        crc.AcceptOnlyFromAmong(Strict, ModbusSwapped);
        var command = new Command(
            "decode",
            "Decode HJ 212 frames, one per line, into one JSON object per input line, in order: {\"ok\":true,\"crcOk\":...,\"cp\":{...}} or "
            + "{\"ok\":false,\"error\":\"code: message\"} (codes: crc, length, header, field, date, oversize, encoding, truncated). "
            + "An empty line is answered with \"truncated: the line is empty\", so output line N always answers input line N. Exit 0 once every line was read.")
        {
            file,
            crc,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new Hj212Options { CrcPolicy = parse.GetValue(crc) == ModbusSwapped ? Hj212CrcPolicy.AcceptSwappedModbus : Hj212CrcPolicy.Strict };
            return RunAsync(parse.GetValue(file), options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string? path, Hj212Options options, CancellationToken cancellationToken)
    {
        Stream input;
        try
        {
            input = path is null or "-" ? Console.OpenStandardInput() : File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message;
            await Console.Error.WriteLineAsync($"ecotwin: hj212 decode: cannot read '{path}': {reason}");
            return ExitCodes.BadInput;
        }

        await using (input)
        await using (var stdout = Console.OpenStandardOutput())
        {
            var lines = new ByteLines(input);
            var json = new ArrayBufferWriter<byte>(1024);
            while (await lines.ReadAsync(cancellationToken) is { } line)
            {
                json.ResetWrittenCount();
                if (line.TooLong)
                {
                    Hj212DecodeJson.WriteError(json, $"{Hj212ErrorCodes.Oversize}: the line is longer than {ByteLines.MaxLineLength} bytes");
                }
                else if (line.Bytes.Span.Trim((byte)' ').IsEmpty)
                {
                    Hj212DecodeJson.WriteError(json, $"{Hj212ErrorCodes.Truncated}: the line is empty");
                }
                else
                {
                    Hj212DecodeJson.Write(json, Hj212Parser.ParseFrame(line.Bytes.Span, options));
                }

                json.Write("\n"u8);
                await stdout.WriteAsync(json.WrittenMemory, cancellationToken);
            }

            await stdout.FlushAsync(cancellationToken);
        }

        return ExitCodes.Ok;
    }
}
