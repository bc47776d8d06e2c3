namespace EcoTwin.Domain.MasterData;

/// <summary>Checks of single master-data fields shared by every kind of twin.</summary>
public static class FieldRules
{
    /// <summary>The longest key a twin may have: HJ 212 device ids (MN) are up to 24 characters.</summary>
    public const int MaxKeyLength = 24;

    /// <summary>A twin key: 1-24 characters of ASCII letters, digits, '-' or '_'.</summary>
    public static FieldError? Key(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new FieldError(field, "is required");
        }

        if (value.Length > MaxKeyLength)
        {
            return new FieldError(field, $"is {value.Length} characters long; at most {MaxKeyLength} are allowed");
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return new FieldError(field, $"contains '{c}'; only letters, digits, '-' and '_' are allowed");
            }
        }

        return null;
    }

    /// <summary>A display name: not blank, at most 200 characters.</summary>
    public static FieldError? Name(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? new FieldError(field, "is required")
        : value.Length > 200 ? new FieldError(field, "is longer than 200 characters")
        : null;

    /// <summary>A WGS 84 position.</summary>
    public static FieldError? Location(string field, double lon, double lat) =>
        !double.IsFinite(lon) || lon < -180 || lon > 180 ? new FieldError(field, $"longitude {lon} is outside -180..180")
        : !double.IsFinite(lat) || lat < -90 || lat > 90 ? new FieldError(field, $"latitude {lat} is outside -90..90")
        : null;

    /// <summary>A GB/T 2260 administrative division code: six digits.</summary>
    public static FieldError? DivisionCode(string field, string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiDigit) ? null
        : new FieldError(field, $"'{value}' is not a GB/T 2260 division code (six digits, e.g. 320402)");

    /// <summary>An HJ 212 factor code: 2017 form (a letter and five digits, e.g. a34004) or a 2005 short code.</summary>
    public static FieldError? FactorCode(string field, string? value)
    {
        var ok = value is { Length: >= 2 and <= 8 } && value.All(char.IsAsciiLetterOrDigit);
        return ok ? null : new FieldError(field, $"'{value}' is not an HJ 212 factor code (e.g. a34004, w01018)");
    }
}
