namespace EcoTwin.Domain.Demo;

/// <summary>The kind and medium strings of the demo city's records (lower-case, JSON-friendly).</summary>
public static class DemoKinds
{
    /// <summary>An ambient air quality station.</summary>
    public const string Air = "air";

    /// <summary>A surface water quality station, or a wastewater outlet.</summary>
    public const string Water = "water";

    /// <summary>A flue gas outlet.</summary>
    public const string Gas = "gas";

    /// <summary>A natural river.</summary>
    public const string River = "river";

    /// <summary>A canal.</summary>
    public const string Canal = "canal";

    /// <summary>The shore line of a lake, as a closed line.</summary>
    public const string LakeShore = "lake-shore";

    /// <summary>An expressway.</summary>
    public const string Expressway = "expressway";

    /// <summary>An arterial road or national highway.</summary>
    public const string Arterial = "arterial";

    /// <summary>A lake (an area).</summary>
    public const string Lake = "lake";
}
