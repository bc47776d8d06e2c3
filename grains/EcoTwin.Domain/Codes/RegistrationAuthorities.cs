namespace EcoTwin.Domain.Codes;

/// <summary>
/// Registration authority codes (登记管理部门代码), position 1 of a unified social credit code.
/// GB 32100-2015 fixes only their form (one digit or upper-case letter); the values are assigned
/// by the national code centre (CODS). This is the published list; a code outside it is rejected
/// with <see cref="CreditCodeError.RegistrationAuthority"/> so that a new assignment shows up as a
/// clear error rather than passing unnoticed.
/// </summary>
public static class RegistrationAuthorities
{
    private static readonly Dictionary<char, (string Zh, string En)> Names = new()
    {
        ['1'] = ("机构编制", "institutional establishment"),
        ['2'] = ("外交", "foreign affairs"),
        ['3'] = ("司法行政", "judicial administration"),
        ['4'] = ("文化", "culture"),
        ['5'] = ("民政", "civil affairs"),
        ['6'] = ("旅游", "tourism"),
        ['7'] = ("宗教", "religious affairs"),
        ['8'] = ("工会", "trade unions"),
        ['9'] = ("工商", "industry and commerce (market regulation)"),
        ['A'] = ("中央军委改革和编制办公室", "CMC reform and establishment office"),
        ['N'] = ("农业", "agriculture"),
        ['Y'] = ("其他", "other"),
    };

    /// <summary>The known codes: 1-9, A, N, Y.</summary>
    public static IReadOnlyCollection<char> Codes => Names.Keys;

    /// <summary>True when the character is a known registration authority code.</summary>
    public static bool IsKnown(char code) => Names.ContainsKey(code);

    /// <summary>The authority's Chinese name, or null for an unknown code.</summary>
    public static string? NameZh(char code) => Names.TryGetValue(code, out var names) ? names.Zh : null;

    /// <summary>The authority's English name, or null for an unknown code.</summary>
    public static string? NameEn(char code) => Names.TryGetValue(code, out var names) ? names.En : null;
}
