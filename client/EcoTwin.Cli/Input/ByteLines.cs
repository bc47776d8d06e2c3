namespace EcoTwin.Cli.Input;

/// <summary>
/// Splits a stream into lines of raw bytes (so the codec sees exactly what was sent, UTF-8 or not).
/// A line ends at LF; one CR before it is dropped. A last line without LF counts; the empty "line"
/// after a final LF does not. Lines longer than <see cref="MaxLineLength"/> are reported as too long
/// without being kept in memory.
/// </summary>
public sealed class ByteLines(Stream input)
{
    /// <summary>The longest line kept whole; far above any frame (9999 + 12 bytes).</summary>
    public const int MaxLineLength = 64 * 1024;

    private readonly byte[] _buffer = new byte[MaxLineLength + 1];
    private int _start;
    private int _end;
    private bool _done;

    /// <summary>One line: its bytes, or <see cref="TooLong"/> with nothing kept.</summary>
    /// <param name="Bytes">The line without its CRLF or LF.</param>
    /// <param name="TooLong">The line exceeded <see cref="MaxLineLength"/> and was skipped up to its end.</param>
    public readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);

    /// <summary>Reads the next line; null at the end of the input.</summary>
    /// <remarks>The bytes are valid until the next call.</remarks>
    public async ValueTask<Line?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var scanned = 0;
        var tooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = scanned + newline;
                var line = _buffer.AsMemory(_start, length);
                _start += length + 1;
                return tooLong ? new Line(default, true) : new Line(TrimCr(line), false);
            }

            if (_done)
            {
                if (_end == _start && !tooLong)
                {
                    return null;
                }

                var rest = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                return tooLong ? new Line(default, true) : new Line(TrimCr(rest), false);
            }

            scanned = _end - _start;
            if (scanned > MaxLineLength)
            {
                // Too long: forget what was read of it and look for its end.
                tooLong = true;
                _start = _end = scanned = 0;
            }
            else if (_start > 0)
            {
                _buffer.AsSpan(_start, scanned).CopyTo(_buffer);
                _end = scanned;
                _start = 0;
            }

            var read = await input.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            _done = read == 0;
            _end += read;
        }
    }

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
