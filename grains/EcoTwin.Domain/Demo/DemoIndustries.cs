namespace EcoTwin.Domain.Demo;

/// <summary>The industry keys of demo enterprises and their Chinese names.</summary>
public static class DemoIndustries
{
    /// <summary>Chemicals (化工).</summary>
    public const string Chemicals = "chemicals";

    /// <summary>Thermal power and combined heat and power (热电).</summary>
    public const string ThermalPower = "thermal-power";

    /// <summary>Textile printing and dyeing (印染).</summary>
    public const string PrintingDyeing = "printing-dyeing";

    /// <summary>Electroplating (电镀).</summary>
    public const string Electroplating = "electroplating";

    /// <summary>Iron and steel (钢铁).</summary>
    public const string Steel = "steel";

    /// <summary>Pharmaceuticals (制药).</summary>
    public const string Pharmaceuticals = "pharmaceuticals";

    /// <summary>Pulp and paper (造纸).</summary>
    public const string Paper = "paper";

    /// <summary>Municipal sewage treatment plants (污水处理).</summary>
    public const string SewageTreatment = "sewage-treatment";

    /// <summary>Food processing (食品加工).</summary>
    public const string Food = "food";

    /// <summary>Cement (水泥).</summary>
    public const string Cement = "cement";

    /// <summary>Machinery manufacturing with coating lines (机械制造).</summary>
    public const string Machinery = "machinery";

    /// <summary>Every industry key, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Chemicals, ThermalPower, PrintingDyeing, Electroplating, Steel, Pharmaceuticals, Paper, SewageTreatment, Food, Cement, Machinery];

    /// <summary>The Chinese name of an industry key.</summary>
    /// <exception cref="ArgumentException">Unknown key.</exception>
    public static string NameZh(string industry) => industry switch
    {
        Chemicals => "化工",
        ThermalPower => "热电",
        PrintingDyeing => "印染",
        Electroplating => "电镀",
        Steel => "钢铁",
        Pharmaceuticals => "制药",
        Paper => "造纸",
        SewageTreatment => "污水处理",
        Food => "食品加工",
        Cement => "水泥",
        Machinery => "机械制造",
        _ => throw new ArgumentException($"Unknown industry '{industry}'.", nameof(industry)),
    };
}
