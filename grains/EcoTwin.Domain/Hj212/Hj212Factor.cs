namespace EcoTwin.Domain.Hj212;

/// <summary>
/// The CP items of one factor, grouped by code: <c>a34004-Rtd=35,a34004-Flag=N</c> gives code
/// <c>a34004</c> with <c>Rtd</c> = 35 and <c>Flag</c> = N. Factor codes stay strings.
/// </summary>
public sealed class Hj212Factor
{
    /// <summary>Creates a factor from its code and its items keyed by suffix.</summary>
    public Hj212Factor(string code, IReadOnlyList<Hj212CpItem> values)
    {
        Code = code;
        Values = values;
    }

    /// <summary>The factor code, e.g. <c>a34004</c>, <c>w01018</c>, <c>SB1</c>, <c>i12001</c>.</summary>
    public string Code { get; }

    /// <summary>The factor's items in the order sent, keyed by suffix (<c>Rtd</c>, <c>Flag</c>, <c>ZsAvg</c>...).</summary>
    public IReadOnlyList<Hj212CpItem> Values { get; }

    /// <summary>The real-time value (<c>-Rtd</c>) as a number, or null.</summary>
    public decimal? Rtd => GetDecimal("Rtd");

    /// <summary>The interval average (<c>-Avg</c>) as a number, or null.</summary>
    public decimal? Avg => GetDecimal("Avg");

    /// <summary>The interval minimum (<c>-Min</c>) as a number, or null.</summary>
    public decimal? Min => GetDecimal("Min");

    /// <summary>The interval maximum (<c>-Max</c>) as a number, or null.</summary>
    public decimal? Max => GetDecimal("Max");

    /// <summary>The cumulative amount (<c>-Cou</c>) as a number, or null.</summary>
    public decimal? Cou => GetDecimal("Cou");

    /// <summary>The data flag (<c>-Flag</c>: N, F, M, S, D, C, T, B), or null.</summary>
    public string? Flag => Get("Flag");

    /// <summary>The first value sent with this suffix (case-sensitive), or null.</summary>
    public string? Get(string suffix)
    {
        foreach (var item in Values)
        {
            if (item.Key == suffix)
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <summary>The value with this suffix as decimal (invariant culture); null if absent or not a number.</summary>
    public decimal? GetDecimal(string suffix) => Hj212Number.ParseDecimal(Get(suffix));

    /// <summary>The value with this suffix as a finite double (invariant culture); null if absent or not a number.</summary>
    public double? GetDouble(string suffix) => Hj212Number.ParseDouble(Get(suffix));

    /// <summary>Groups CP items by factor code in order of first appearance; keys without a code are left out.</summary>
    internal static IReadOnlyList<Hj212Factor> Group(IReadOnlyList<Hj212CpItem> items)
    {
        var order = new List<string>();
        var byCode = new Dictionary<string, List<Hj212CpItem>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var dash = item.Key.IndexOf('-');
            if (dash <= 0)
            {
                continue;
            }

            var code = item.Key[..dash];
            if (!byCode.TryGetValue(code, out var values))
            {
                values = [];
                byCode.Add(code, values);
                order.Add(code);
            }

            values.Add(new Hj212CpItem(item.Key[(dash + 1)..], item.Value));
        }

        return order.ConvertAll(code => new Hj212Factor(code, byCode[code]));
    }
}
