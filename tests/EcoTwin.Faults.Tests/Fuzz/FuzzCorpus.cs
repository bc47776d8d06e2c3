using System.Globalization;
using System.Text;
using EcoTwin.Client.Simulation;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Faults.Tests.Fuzz;

/// <summary>
/// Bad input for the codec, from a seed: random bytes (biased towards the bytes the framer and parser
/// look at), random bodies behind a frame header, and real uploads mutated in the ways a bad line or
/// a bad device mangles them (bit flips, insertions, deletions, cuts, wrong length fields, wrong or
/// short CRCs, stray CRLFs, bytes that are not UTF-8, oversize segments, two frames spliced).
/// </summary>
public sealed class FuzzCorpus(int seed)
{
    private static readonly byte[] Alphabet = Encoding.UTF8.GetBytes("##&&;;,,==\r\n0123456789ABCDEFabcdefCPQNSTMNPWFlag-Rtd. é中");
    private static readonly string[] Factors = ["a34004", "a34002", "a21026", "a21004", "a21005", "a05024", "w01018", "w21003"];
    private readonly Random _random = new(seed);

    private static readonly UploadTemplate GoodTemplate = new("22", "2011", "123456", GoodMn);

    /// <summary>The MN of the good frames.</summary>
    public const string GoodMn = "FUZZGOOD00000001";

    /// <summary>A well-formed real-time upload with QN <paramref name="number"/> (a good frame between bad ones).</summary>
    public static byte[] Good(long number) =>
        GoodTemplate.Frame(Encoding.ASCII.GetBytes(GoodQn(number)), "DataTime=20261125080000;a34004-Rtd=35.2,a34004-Flag=N"u8);

    /// <summary>The QN <see cref="Good"/> gives packet <paramref name="number"/>.</summary>
    public static string GoodQn(long number) =>
        new DateTime(2026, 11, 25, 8, 0, 0).AddMilliseconds(number).ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The next bad input.</summary>
    public byte[] Next() => _random.Next(10) switch
    {
        0 => RandomBytes(),
        1 => [.. Encoding.ASCII.GetBytes($"##{_random.Next(0, 10_000):D4}"), .. RandomBytes()],
        _ => Mutate(RealFrame()),
    };

    private byte[] RandomBytes()
    {
        var data = new byte[_random.Next(0, 400)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = _random.Next(3) == 0 ? (byte)_random.Next(256) : Alphabet[_random.Next(Alphabet.Length)];
        }

        return data;
    }

    private byte[] RealFrame()
    {
        var at = new DateTime(2026, 1, 1).AddSeconds(_random.Next(0, 30_000_000));
        var items = Factors.Take(_random.Next(1, Factors.Length + 1)).SelectMany(code => new[]
        {
            Hj212CpItem.Of(code, "Rtd", Math.Round((decimal)(_random.NextDouble() * 500), 2)),
            Hj212CpItem.Of(code, "Flag", "N"),
        });
        return Hj212Encoder.EncodeFrame(Hj212Uploads.RealTime(at, _random.Next(2) == 0 ? "22" : "32", "123456", $"FUZZ{_random.Next(1_000_000):D12}", at, items));
    }

    private byte[] Mutate(byte[] frame)
    {
        var bytes = frame.ToList();
        var at = _random.Next(bytes.Count);
        switch (_random.Next(11))
        {
            case 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                bytes.Insert(at, Alphabet[_random.Next(Alphabet.Length)]);
                break;
            case 2:
                bytes.RemoveAt(at);
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at); // cut short: the connection dropped mid-frame
                break;
            case 4:
                Overwrite(bytes, 2, $"{_random.Next(0, 10_000):D4}"); // wrong length field
                break;
            case 5:
                Overwrite(bytes, bytes.Count - 6, _random.Next(2) == 0 ? "ZZZZ" : $"{_random.Next(0x1000):X3}\r"); // bad or short CRC
                break;
            case 6:
                bytes.InsertRange(at, "\r\n"u8.ToArray());
                break;
            case 7:
                bytes.InsertRange(Math.Min(at + 6, bytes.Count), Enumerable.Range(0, _random.Next(1, 8)).Select(_ => (byte)_random.Next(0x80, 0x100)));
                break;
            case 8:
                return [.. Encoding.ASCII.GetBytes("##9999"), .. Enumerable.Repeat((byte)'A', _random.Next(0, 5000))]; // oversize
            case 9:
                var other = RealFrame();
                return [.. frame.AsSpan(0, at), .. other.AsSpan(_random.Next(other.Length))]; // two frames spliced
            default:
                bytes.InsertRange(at, bytes.GetRange(0, Math.Min(bytes.Count, _random.Next(1, 40)))); // a repeated run
                break;
        }

        return [.. bytes];
    }

    private static void Overwrite(List<byte> bytes, int at, string text)
    {
        for (var i = 0; i < text.Length && at + i < bytes.Count && at + i >= 0; i++)
        {
            bytes[at + i] = (byte)text[i];
        }
    }
}
