using System.Globalization;

namespace EcoTwin.Domain.Demo;

/// <summary>Deterministic identifiers of the demo city: credit codes, device MNs and passwords.</summary>
internal static class DemoCodes
{
    // Letters a GB 32100 code may carry (no I, O, Z, S, V).
    private const string CodeLetters = "ABCDEFGHJKLMNPQRTUWXY";
    private const string CodeCharacters = "0123456789" + CodeLetters;

    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// A unified social credit code of an enterprise registered by the market regulator (9) as a
    /// company (1) in <paramref name="divisionCode"/>, with a GB 11714 organisation code.
    /// </summary>
    public static string CreditCode(string divisionCode, DemoRandom random)
    {
        var first17 = "91" + divisionCode + OrganisationCode(random);
        return first17 + Codes.CreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>
    /// A GB 11714 organisation code (8 characters and a check character): the old all-digit kind,
    /// or the "MA..." kind given to companies registered since 2015.
    /// </summary>
    public static string OrganisationCode(DemoRandom random)
    {
        var body = new char[8];
        if (random.Chance(0.6))
        {
            body[0] = "1235678"[random.Next(7)];
            for (var i = 1; i < 8; i++)
            {
                body[i] = (char)('0' + random.Next(10));
            }
        }
        else
        {
            body[0] = 'M';
            body[1] = 'A';
            body[2] = random.Chance(0.7) ? '1' : '2';
            for (var i = 3; i < 8; i++)
            {
                body[i] = CodeCharacters[random.Next(CodeCharacters.Length)];
            }
        }

        return new string(body) + OrganisationCheck(body);
    }

    /// <summary>The HJ 212 MN of a station: district, AQ (air) or SW (surface water), 6-digit serial.</summary>
    public static string StationMn(string divisionCode, string kind, int serial) =>
        $"{divisionCode}{(kind == DemoKinds.Air ? "AQ" : "SW")}{serial:D6}";

    /// <summary>The HJ 212 MN of an outlet: district, FG (flue gas) or WW (wastewater), enterprise serial in the district, outlet number.</summary>
    public static string SourceMn(string divisionCode, string medium, int enterpriseSerial, int outlet) =>
        $"{divisionCode}{(medium == DemoKinds.Gas ? "FG" : "WW")}{enterpriseSerial:D4}{outlet:D2}";

    /// <summary>A 6-digit device password.</summary>
    public static string Password(DemoRandom random) => random.Between(0, 999_999).ToString("D6", CultureInfo.InvariantCulture);

    // GB 11714-1997: C9 = 11 - (sum of value x weight mod 11); 10 is written X and 11 is written 0.
    private static char OrganisationCheck(char[] body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var value = char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10;
            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var c => (char)('0' + c),
        };
    }
}
