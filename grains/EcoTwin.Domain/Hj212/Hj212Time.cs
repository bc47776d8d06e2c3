using System.Globalization;

namespace EcoTwin.Domain.Hj212;

/// <summary>The time formats of HJ 212: <c>yyyyMMddHHmmss</c> (DataTime, SystemTime...) and QN's <c>yyyyMMddHHmmssfff</c>.</summary>
/// <remarks>Times are the device's local time and carry no offset: parsed values have <see cref="DateTimeKind.Unspecified"/>.</remarks>
public static class Hj212Time
{
    /// <summary>
    /// Parses 14 digits <c>yyyyMMddHHmmss</c> or 17 digits <c>yyyyMMddHHmmssfff</c> (devices that add
    /// milliseconds). Never throws; false for any other text or an impossible date.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        if (text.Length is not (14 or 17))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 4, 2);
        var day = Digits(text, 6, 2);
        var hour = Digits(text, 8, 2);
        var minute = Digits(text, 10, 2);
        var second = Digits(text, 12, 2);
        var millisecond = text.Length == 17 ? Digits(text, 14, 3) : 0;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Formats a time as <c>yyyyMMddHHmmss</c> (DataTime, SystemTime, BeginTime...).</summary>
    public static string Format(DateTime time) => time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>Formats a request number: <c>yyyyMMddHHmmssfff</c>, the time given by the caller.</summary>
    public static string FormatQn(DateTime time) => time.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        foreach (var c in text.Slice(start, count))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
