namespace EcoTwin.Domain.Demo;

/// <summary>
/// Emission limits of the outlets, after the national standards (mg/m³ for flue gas, mg/L for
/// water). Each set is (dust a34013, SO2 a21026, NOx a21002) or (COD w01018, NH3-N w21003,
/// TP w21011); pH is 6-9 everywhere.
/// </summary>
internal static class EmissionStandards
{
    public const double PhMin = 6;
    public const double PhMax = 9;

    /// <summary>Ultra-low emission (超低排放) of power, steel and cement: 10 / 35 / 50.</summary>
    public static readonly double[] UltraLow = [10, 35, 50];

    /// <summary>GB 13223-2011 special limits for coal-fired power in key regions.</summary>
    public static readonly double[] PowerSpecial = [20, 50, 100];

    /// <summary>GB 28662-2012 special limits for sintering machines.</summary>
    public static readonly double[] SinterSpecial = [40, 180, 300];

    /// <summary>Jiangsu DB32/4149-2021 cement kilns.</summary>
    public static readonly double[] CementJiangsu = [10, 50, 100];

    /// <summary>GB 13271-2014 special limits, coal-fired boilers.</summary>
    public static readonly double[] CoalBoiler = [30, 200, 200];

    /// <summary>GB 13271-2014 special limits, gas-fired boilers.</summary>
    public static readonly double[] GasBoiler = [20, 50, 150];

    /// <summary>Process gas (incinerators, dryers, pickling) as commonly written in permits.</summary>
    public static readonly double[] Process = [20, 100, 200];

    /// <summary>Discharge to a municipal sewer (GB 8978-1996 grade 3, GB/T 31962-2015).</summary>
    public static readonly double[] Sewer = [500, 45, 8];

    /// <summary>GB 8978-1996 grade 1, direct discharge.</summary>
    public static readonly double[] Grade1 = [100, 15, 0.5];

    /// <summary>GB 4287-2012 printing and dyeing, direct and indirect discharge.</summary>
    public static readonly double[] DyeingDirect = [80, 10, 0.5], DyeingIndirect = [200, 20, 1.5];

    /// <summary>GB 21900-2008 electroplating, table 2 and table 3 (special, Taihu basin).</summary>
    public static readonly double[] PlatingTable2 = [80, 15, 1.0], PlatingSpecial = [50, 8, 0.5];

    /// <summary>GB 21904-2008 chemically synthesised pharmaceuticals.</summary>
    public static readonly double[] Pharma = [120, 25, 1.0];

    /// <summary>GB 3544-2008 pulp and paper, table 2 and table 3 (special).</summary>
    public static readonly double[] PaperTable2 = [90, 8, 0.8], PaperSpecial = [60, 5, 0.5];

    /// <summary>GB 18918-2002 class 1A for sewage treatment plants; total nitrogen 15.</summary>
    public static readonly double[] Plant1A = [50, 5, 0.5];

    /// <summary>GB 18918-2002 class 1A total nitrogen (w21001).</summary>
    public const double Plant1ATotalNitrogen = 15;

    /// <summary>The flue gas limits of one stack.</summary>
    public static double[] Gas(string industry, string stack, bool strict, DemoRandom random) => industry switch
    {
        DemoIndustries.ThermalPower => strict ? UltraLow : PowerSpecial,
        DemoIndustries.Steel => strict ? UltraLow : SinterSpecial,
        DemoIndustries.Cement => strict ? UltraLow : CementJiangsu,
        _ when stack.Contains("锅炉", StringComparison.Ordinal) || stack.Contains("碱回收", StringComparison.Ordinal) =>
            random.Chance(0.3) ? CoalBoiler : GasBoiler,
        _ => Process,
    };

    /// <summary>The wastewater limits of one outlet.</summary>
    public static double[] Water(string industry, bool strict) => industry switch
    {
        DemoIndustries.SewageTreatment => Plant1A,
        DemoIndustries.PrintingDyeing => strict ? DyeingDirect : DyeingIndirect,
        DemoIndustries.Electroplating => strict ? PlatingSpecial : PlatingTable2,
        DemoIndustries.Pharmaceuticals => Pharma,
        DemoIndustries.Paper => strict ? PaperSpecial : PaperTable2,
        DemoIndustries.ThermalPower or DemoIndustries.Steel => Grade1,
        _ => strict ? Grade1 : Sewer,
    };
}
