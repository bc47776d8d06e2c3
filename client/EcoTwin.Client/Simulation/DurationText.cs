using System.Globalization;

namespace EcoTwin.Client.Simulation;

/// <summary>Durations as people type them on a command line: <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>1.5h</c>, <c>250ms</c>.</summary>
public static class DurationText
{
    private static readonly (string Unit, double Seconds)[] Units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)];

    /// <summary>Reads a positive number followed by a unit (ms, s, m, h, d); false for anything else.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        foreach (var (unit, seconds) in Units)
        {
            if (!text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = text[..^unit.Length];
            if (number.Length == 0 || !char.IsAsciiDigit(number[^1]) || !char.IsAsciiDigit(number[0])
                || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value <= 0 || value * seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            {
                return false;
            }

            duration = TimeSpan.FromSeconds(value * seconds);
            return duration > TimeSpan.Zero;
        }

        return false;
    }

    /// <summary>Reads a duration or throws <see cref="FormatException"/> naming the accepted forms.</summary>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not a duration such as 30s, 5m or 1h");
}
