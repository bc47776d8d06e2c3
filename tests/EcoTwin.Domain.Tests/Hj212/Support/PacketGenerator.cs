using System.Globalization;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Domain.Tests.Hj212.Support;

/// <summary>A seeded generator of valid packets for property tests (no FsCheck): every case is reproducible from its seed.</summary>
internal sealed class PacketGenerator(int seed)
{
    private const string Upper = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string MnChars = "0123456789ABCDEFabcdefXYZ-_";
    private const string PwChars = "0123456789abcdefABCDEF!$%&()*+-./:<=>?@[]^_{|}~#";
    private static readonly string[] Suffixes = ["Rtd", "Avg", "Min", "Max", "Cou", "Flag", "EFlag", "ZsRtd", "SampleTime", "Info", "RS"];
    private static readonly string[] PlainKeys = ["PolId", "SystemTime", "RtdInterval", "QnRtn", "ExeRtn", "BeginTime", "NewPW"];
    private static readonly string[] TextValues = ["N", "F", "M", "", " ", "//清洗管路//", "a=b", "A01", " 7 ", "μg/m³", "#1泵"];

    private readonly Random _random = new(seed);

    public Hj212Packet Next()
    {
        var edition2005 = _random.Next(4) == 0;
        int? flag = edition2005 ? (_random.Next(2) == 0 ? null : _random.Next(4)) : 4 | _random.Next(4);
        var subpackaged = flag is int f ? (f & 2) != 0 : _random.Next(5) == 0;
        int? pnum = subpackaged ? _random.Next(1, 10000) : null;
        return new Hj212Packet
        {
            Qn = edition2005 && _random.Next(2) == 0 ? null : Qn(),
            St = Chars(Upper, 2, 2),
            Cn = _random.Next(10000).ToString("D4", CultureInfo.InvariantCulture),
            Pw = Chars(PwChars, 1, 8).Replace("##", "#0"), // "##" would read as a frame start
            Mn = Chars(MnChars, 1, 24),
            Flag = flag,
            Pnum = pnum,
            Pno = pnum is int total ? _random.Next(1, total + 1) : null,
            Cp = Items(),
        };
    }

    private string Qn() => _random.Next(3) switch
    {
        0 => _random.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(CultureInfo.InvariantCulture),
        1 => Chars("0123456789", 20, 20),
        _ => Hj212Time.FormatQn(Time()),
    };

    private List<Hj212CpItem> Items()
    {
        var items = new List<Hj212CpItem>();
        if (_random.Next(3) > 0)
        {
            var time = Time();
            items.Add(new Hj212CpItem("DataTime", _random.Next(4) == 0 ? Hj212Time.FormatQn(time) : Hj212Time.Format(time)));
        }

        var factors = _random.Next(8);
        for (var i = 0; i < factors; i++)
        {
            var code = Pick(["a", "w", "e", "g", "i", "SB"]) + _random.Next(100000).ToString("D5", CultureInfo.InvariantCulture);
            var count = _random.Next(1, 5);
            for (var j = 0; j < count; j++)
            {
                items.Add(new Hj212CpItem($"{code}-{Pick(Suffixes)}", Value()));
            }

            if (_random.Next(4) == 0)
            {
                items.Add(new Hj212CpItem(Pick(PlainKeys), Value()));
            }
        }

        return items;
    }

    private string Value() => _random.Next(3) switch
    {
        0 => Pick(TextValues),
        1 => Math.Round((decimal)((_random.NextDouble() - 0.3) * 10000), _random.Next(5)).ToString(CultureInfo.InvariantCulture),
        _ => _random.Next(-5, 100000).ToString(CultureInfo.InvariantCulture),
    };

    private DateTime Time() => new DateTime(2000, 1, 1).AddMilliseconds(_random.NextInt64(0, 40L * 365 * 24 * 3600 * 1000));

    private string Chars(string alphabet, int min, int max)
    {
        var length = _random.Next(min, max + 1);
        return string.Create(length, (alphabet, _random), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state._random.Next(state.alphabet.Length)];
            }
        });
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
