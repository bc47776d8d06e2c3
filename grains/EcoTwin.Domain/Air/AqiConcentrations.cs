using System.Globalization;

namespace EcoTwin.Domain.Air;

/// <summary>
/// An immutable set of concentrations, any subset of the <see cref="AqiItem"/>s: the input of
/// <see cref="AqiCalculator.Calculate(AqiConcentrations)"/>, e.g. from CLI flags
/// (<c>--so2-24h 12 --pm25-24h 80</c>). Values are validated when added.
/// </summary>
public sealed class AqiConcentrations
{
    private readonly decimal?[] _values;

    private AqiConcentrations(decimal?[] values) => _values = values;

    /// <summary>No concentrations.</summary>
    public static AqiConcentrations Empty { get; } = new(new decimal?[AqiItems.All.Count]);

    /// <summary>The number of items with a value.</summary>
    public int Count => _values.Count(v => v.HasValue);

    /// <summary>The items with a value, in <see cref="AqiItem"/> order.</summary>
    public IEnumerable<AqiItem> Items => AqiItems.All.Where(item => _values[(int)item].HasValue);

    /// <summary>The concentration of an item, or null when it was not given.</summary>
    public decimal? this[AqiItem item] => _values[(int)item];

    /// <summary>Returns a copy with the item set (replacing any earlier value).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative (message names the item).</exception>
    public AqiConcentrations With(AqiItem item, decimal value)
    {
        var error = Validate(item, value);
        if (error is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, error);
        }

        var copy = (decimal?[])_values.Clone();
        copy[(int)item] = value;
        return new AqiConcentrations(copy);
    }

    /// <summary>
    /// Returns a copy with the item set from a double (e.g. an hourly average). The value is
    /// converted to decimal with 15 significant digits, which removes binary noise such as
    /// 75.00000000000001.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public AqiConcentrations With(AqiItem item, double value)
    {
        var error = Validate(item, value);
        return error is null
            ? With(item, (decimal)value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, error);
    }

    /// <summary>Checks a concentration without throwing: null when valid, else a message naming the item.</summary>
    public static string? Validate(AqiItem item, decimal value) =>
        value < 0 ? Message(item, value.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>Checks a concentration without throwing: null when valid, else a message naming the item.</summary>
    public static string? Validate(AqiItem item, double value) =>
        double.IsFinite(value) && value >= 0 ? null : Message(item, value.ToString(CultureInfo.InvariantCulture));

    private static string Message(AqiItem item, string value) =>
        $"{item.Key()}: concentration must be a finite number >= 0 {item.Unit()}, got {value}.";
}
