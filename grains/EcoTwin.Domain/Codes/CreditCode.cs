namespace EcoTwin.Domain.Codes;

/// <summary>
/// A valid unified social credit code (统一社会信用代码, GB 32100-2015), the key of an enterprise
/// twin. 18 characters from 0-9 and A-Z without I, O, Z, S, V: registration authority (1),
/// organisation category (2), division code of the registering authority (3-8, digits),
/// subject identifier (9-17, the GB 11714 organisation code) and check character (18).
/// </summary>
public readonly record struct CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Weight of position i is 3^i mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    /// <summary>The 18-character code.</summary>
    public string Value { get; }

    /// <summary>Position 1: the registration authority code.</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>Position 2: the organisation category code (not validated: its values depend on the authority).</summary>
    public char Category => Value[1];

    /// <summary>Positions 3-8: the division code of the registering authority (100000 for national level).</summary>
    public string RegistrationDivision => Value[2..8];

    /// <summary>Positions 9-17: the subject identifier (organisation code).</summary>
    public string SubjectId => Value[8..17];

    /// <summary>Position 18: the check character.</summary>
    public char CheckCharacter => Value[17];

    /// <summary>
    /// Validates a code: length, character set (positions 3-8 digits), registration authority,
    /// then the check character. Upper-case only; the text is not trimmed.
    /// </summary>
    public static CreditCodeCheck Validate(string? code)
    {
        if (code is not { Length: 18 })
        {
            return new CreditCodeCheck(CreditCodeError.Length, $"A unified social credit code has 18 characters; got {code?.Length ?? 0}.");
        }

        for (var i = 0; i < 18; i++)
        {
            if (CharacterError(code[i], i + 1) is { } error)
            {
                return error;
            }
        }

        if (!RegistrationAuthorities.IsKnown(code[0]))
        {
            return new CreditCodeCheck(
                CreditCodeError.RegistrationAuthority,
                $"Unknown registration authority code '{code[0]}' at position 1; known codes are {string.Join(' ', RegistrationAuthorities.Codes)}.",
                1,
                Actual: code[0]);
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, 17));
        return code[17] == expected
            ? CreditCodeCheck.Ok
            : new CreditCodeCheck(CreditCodeError.CheckCharacter, $"Check character expected '{expected}', got '{code[17]}'.", 18, expected, code[17]);
    }

    /// <summary>Parses a valid code; false (with the reason in <paramref name="check"/>) otherwise.</summary>
    public static bool TryParse(string? code, out CreditCode result, out CreditCodeCheck check)
    {
        check = Validate(code);
        result = check.IsValid ? new CreditCode(code!) : default;
        return check.IsValid;
    }

    /// <summary>Parses a valid code.</summary>
    /// <exception cref="FormatException">The code is invalid; the message gives the reason.</exception>
    public static CreditCode Parse(string code) =>
        TryParse(code, out var result, out var check) ? result : throw new FormatException(check.Message);

    /// <summary>
    /// The check character of the first 17 characters: C18 = 31 − (Σ value_i × 3^i mod 31) mod 31,
    /// where a result of 31 is written 0 (GB 32100-2015; the method of GB/T 17710 with modulus 31).
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 characters of the code alphabet.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException($"The check character is computed from 17 characters; got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"Illegal character '{first17[i]}' at position {i + 1}.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The code.</summary>
    public override string ToString() => Value;

    private static CreditCodeCheck? CharacterError(char c, int position)
    {
        if (position is >= 3 and <= 8 && !char.IsAsciiDigit(c))
        {
            return new CreditCodeCheck(
                CreditCodeError.IllegalCharacter,
                $"Position {position} must be a digit (positions 3-8 are a division code); got {Show(c)}.",
                position,
                Actual: c);
        }

        if (Alphabet.Contains(c, StringComparison.Ordinal))
        {
            return null;
        }

        var hint = char.IsAsciiLetterLower(c) ? " (letters must be upper-case)" : string.Empty;
        return new CreditCodeCheck(
            CreditCodeError.IllegalCharacter,
            $"Illegal character {Show(c)} at position {position}{hint}; allowed are 0-9 and A-Z except I, O, Z, S, V.",
            position,
            Actual: c);
    }

    private static string Show(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}'";
}
