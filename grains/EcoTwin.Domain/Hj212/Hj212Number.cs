using System.Globalization;

namespace EcoTwin.Domain.Hj212;

/// <summary>Numeric values of CP items, parsed with the invariant culture and without exceptions.</summary>
public static class Hj212Number
{
    private const NumberStyles Style = NumberStyles.Float;

    /// <summary>Parses a value such as <c>166.2</c>, <c>-0.5</c> or <c>1e3</c> as decimal; null if it is not a number.</summary>
    public static decimal? ParseDecimal(string? text) =>
        text is not null && decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Parses a value as a finite double; null if it is not a number (NaN and infinities included).</summary>
    public static double? ParseDouble(string? text) =>
        text is not null && double.TryParse(text, Style, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    /// <summary>Formats a value for CP with the invariant culture (<c>166.2</c>).</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a value for CP with the invariant culture, round-trippable.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
