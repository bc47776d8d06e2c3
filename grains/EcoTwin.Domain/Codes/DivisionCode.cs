namespace EcoTwin.Domain.Codes;

/// <summary>
/// An administrative division code of GB/T 2260, the key of a district twin: 6 digits, province
/// (1-2), city (3-4) and county (5-6) parts. Validates the format and the province part, not
/// membership in the current national list (which changes every year).
/// </summary>
public readonly record struct DivisionCode
{
    private DivisionCode(string value) => Value = value;

    /// <summary>The 6-digit code.</summary>
    public string Value { get; }

    /// <summary>Province for xx0000, city for xxxx00, county otherwise.</summary>
    public DivisionLevel Level =>
        Value.EndsWith("0000", StringComparison.Ordinal) ? DivisionLevel.Province
        : Value.EndsWith("00", StringComparison.Ordinal) ? DivisionLevel.City
        : DivisionLevel.County;

    /// <summary>The province this code lies in (itself for a province).</summary>
    public DivisionCode Province => new(Value[..2] + "0000");

    /// <summary>The Chinese name of the province, e.g. 广东省.</summary>
    public string ProvinceNameZh => Provinces.Names[Value[..2]];

    /// <summary>
    /// The parent: a county's city (xxxx00), a city's province (xx0000); null for a province.
    /// For a county directly under a province (city part 90, 省直辖县级行政区划) the parent is the
    /// grouping code xx9000, whose parent is the province.
    /// </summary>
    public DivisionCode? Parent => Level switch
    {
        DivisionLevel.County => new DivisionCode(Value[..4] + "00"),
        DivisionLevel.City => Province,
        _ => null,
    };

    /// <summary>True when <paramref name="other"/> is this division or lies inside it.</summary>
    public bool Contains(DivisionCode other) => Level switch
    {
        DivisionLevel.Province => other.Value.AsSpan(0, 2).SequenceEqual(Value.AsSpan(0, 2)),
        DivisionLevel.City => other.Value.AsSpan(0, 4).SequenceEqual(Value.AsSpan(0, 4)),
        _ => other.Value == Value,
    };

    /// <summary>Parses a code; false with the reason in <paramref name="error"/> when invalid.</summary>
    public static bool TryParse(string? text, out DivisionCode code, out string? error)
    {
        error = Check(text);
        code = error is null ? new DivisionCode(text!) : default;
        return error is null;
    }

    /// <summary>Parses a code.</summary>
    /// <exception cref="FormatException">The code is invalid; the message gives the reason.</exception>
    public static DivisionCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>The code.</summary>
    public override string ToString() => Value;

    private static string? Check(string? text)
    {
        if (text is not { Length: 6 })
        {
            return $"An administrative division code has 6 digits; got {text?.Length ?? 0} characters.";
        }

        for (var i = 0; i < 6; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return $"Character '{text[i]}' at position {i + 1} is not a digit.";
            }
        }

        if (!Provinces.Names.ContainsKey(text[..2]))
        {
            return $"'{text[..2]}' is not a province-level code of GB/T 2260.";
        }

        if (text[2..4] == "00" && text[4..] != "00")
        {
            return $"County part '{text[4..]}' without a city part: positions 3-4 are 00.";
        }

        return null;
    }
}
