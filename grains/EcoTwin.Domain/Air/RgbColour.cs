namespace EcoTwin.Domain.Air;

/// <summary>An RGB colour, as given by HJ 633-2012 appendix A for the AQI categories.</summary>
/// <param name="R">Red, 0..255.</param>
/// <param name="G">Green, 0..255.</param>
/// <param name="B">Blue, 0..255.</param>
public readonly record struct RgbColour(byte R, byte G, byte B)
{
    /// <summary>The colour as "#RRGGBB" in upper-case hex, e.g. "#FF7E00".</summary>
    public string Hex => $"#{R:X2}{G:X2}{B:X2}";

    /// <summary>The colour as "R,G,B", e.g. "255,126,0".</summary>
    public override string ToString() => $"{R},{G},{B}";
}
