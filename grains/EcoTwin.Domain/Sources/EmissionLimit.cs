namespace EcoTwin.Domain.Sources;

/// <summary>The permitted range of one factor at an outlet: an upper limit, and a lower one where it applies (pH).</summary>
/// <param name="Max">The highest permitted hourly average (converted value where the device sends one); null for none.</param>
/// <param name="Min">The lowest permitted hourly average (e.g. pH 6); null for none.</param>
public sealed record EmissionLimit(double? Max, double? Min = null)
{
    /// <summary>Whether <paramref name="value"/> is outside the range.</summary>
    public bool IsExceededBy(double value) => value > Max || value < Min;

    /// <summary>The range in words, e.g. "≤ 50" or "6–9".</summary>
    public override string ToString() => (Min, Max) switch
    {
        ({ } min, { } max) => $"{min}–{max}",
        (null, { } max) => $"≤ {max}",
        ({ } min, null) => $"≥ {min}",
        _ => "no limit",
    };
}
