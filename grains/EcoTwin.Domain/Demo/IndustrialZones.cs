namespace EcoTwin.Domain.Demo;

/// <summary>
/// The demo city's industrial zones, after Changzhou's: the riverside chemical park of Xinbei,
/// Wujin's electroplating and textile towns, the steel and paper mills of Henglin, the cement
/// plants of Liyang and Jintan, and so on.
/// </summary>
internal static class IndustrialZones
{
    private const string Chem = DemoIndustries.Chemicals;
    private const string Power = DemoIndustries.ThermalPower;
    private const string Dye = DemoIndustries.PrintingDyeing;
    private const string Plating = DemoIndustries.Electroplating;
    private const string Steel = DemoIndustries.Steel;
    private const string Pharma = DemoIndustries.Pharmaceuticals;
    private const string Paper = DemoIndustries.Paper;
    private const string Sewage = DemoIndustries.SewageTreatment;
    private const string Food = DemoIndustries.Food;
    private const string Cement = DemoIndustries.Cement;
    private const string Machinery = DemoIndustries.Machinery;

    public static readonly IndustrialZone[] All =
    [
        new("320411", new(6, 22.5), 2.0, [(Chem, 7), (Power, 2), (Pharma, 1), (Sewage, 1)]),
        new("320411", new(-2, 15), 2.5, [(Pharma, 3), (Plating, 2), (Food, 2), (Machinery, 3), (Dye, 1), (Sewage, 1)]),
        new("320411", new(-11, 16), 1.5, [(Steel, 2), (Machinery, 2), (Chem, 1)]),
        new("320402", new(6, 4), 1.5, [(Dye, 2), (Food, 2), (Machinery, 1), (Plating, 1), (Sewage, 0.5)]),
        new("320404", new(-7, -2), 1.5, [(Plating, 2), (Dye, 1), (Machinery, 2), (Food, 1), (Sewage, 0.5)]),
        new("320405", new(16, 1), 2.0, [(Steel, 2), (Power, 1.5), (Plating, 1), (Machinery, 2), (Sewage, 0.5)]),
        new("320412", new(1, -20), 2.5, [(Plating, 3), (Pharma, 2), (Chem, 2), (Machinery, 3), (Sewage, 1)]),
        new("320412", new(3, -11), 2.0, [(Dye, 4), (Food, 1), (Sewage, 0.5)]),
        new("320405", new(26.5, 1), 1.5, [(Steel, 2), (Dye, 2), (Paper, 2), (Plating, 1), (Power, 1)]),
        new("320412", new(18, -19), 2.0, [(Paper, 1), (Food, 2), (Cement, 1), (Chem, 1), (Sewage, 0.5)]),
        new("320414", new(-10.5, -13), 1.2, [(Pharma, 2), (Machinery, 2), (Food, 1)]),
        new("320414", new(-16, -26), 1.2, [(Chem, 1), (Food, 1), (Cement, 0.5), (Sewage, 0.5)]),
        new("320413", new(-36, 8), 2.5, [(Chem, 3), (Paper, 1), (Food, 1), (Machinery, 1), (Pharma, 1), (Power, 1), (Sewage, 1)]),
        new("320413", new(-27, 10), 1.5, [(Cement, 1), (Steel, 1), (Machinery, 1)]),
        new("320413", new(-44, 1), 1.2, [(Cement, 1.5), (Chem, 1)]),
        new("320481", new(-38, -22), 2.5, [(Machinery, 2), (Steel, 1), (Paper, 1), (Power, 1), (Food, 1), (Sewage, 1), (Chem, 1)]),
        new("320481", new(-30, -32), 1.5, [(Cement, 2), (Steel, 1)]),
        new("320481", new(-46, -28), 1.0, [(Paper, 1), (Food, 1)]),
    ];
}
