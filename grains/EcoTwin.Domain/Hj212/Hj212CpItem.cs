namespace EcoTwin.Domain.Hj212;

/// <summary>One <c>key=value</c> item of the CP data area, exactly as sent.</summary>
/// <param name="Key">The field name, e.g. <c>w01018-Rtd</c> or <c>DataTime</c> (case-sensitive).</param>
/// <param name="Value">The value text, e.g. <c>166.2</c>; may be empty.</param>
public readonly record struct Hj212CpItem(string Key, string Value)
{
    /// <summary>The factor code of a <c>code-suffix</c> key (<c>w01018</c> of <c>w01018-Rtd</c>), else null.</summary>
    public string? FactorCode => Key.IndexOf('-') is > 0 and var dash ? Key[..dash] : null;

    /// <summary>The suffix of a <c>code-suffix</c> key (<c>Rtd</c> of <c>w01018-Rtd</c>), else null.</summary>
    public string? Suffix => Key.IndexOf('-') is > 0 and var dash ? Key[(dash + 1)..] : null;

    /// <summary>A factor item <c>code-suffix=value</c>, e.g. <c>Of("a34004", "Rtd", 35.2m)</c>; the number in invariant culture.</summary>
    public static Hj212CpItem Of(string factorCode, string suffix, decimal value) => new($"{factorCode}-{suffix}", Hj212Number.Format(value));

    /// <summary>A factor item <c>code-suffix=value</c> with a text value, e.g. <c>Of("a34004", "Flag", "N")</c>.</summary>
    public static Hj212CpItem Of(string factorCode, string suffix, string value) => new($"{factorCode}-{suffix}", value);

    /// <summary>The item as it appears in CP: <c>key=value</c>.</summary>
    public override string ToString() => $"{Key}={Value}";
}
