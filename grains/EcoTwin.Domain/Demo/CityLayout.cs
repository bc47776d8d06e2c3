namespace EcoTwin.Domain.Demo;

/// <summary>
/// The hand-drawn skeleton of the demo city, modelled on Changzhou: junction nodes (km from the
/// urban centre) and each district as a counter-clockwise ring of nodes. Every border between two
/// nodes is drawn once and used by both neighbours, which is what makes the districts tile.
/// </summary>
internal static class CityLayout
{
    public const string CityCode = "320400";

    private static readonly Dictionary<string, Km> NodeTable = new(StringComparer.Ordinal)
    {
        // Urban core and inner junctions.
        ["C1"] = new(-10, 6),
        ["C2"] = new(0, 7),
        ["C3"] = new(10, 6),
        ["C4"] = new(10, -5),
        ["C5"] = new(0, -5),
        ["C6"] = new(-10, -5),
        ["C7"] = new(-24, -8),
        ["C8"] = new(-26, -22),
        ["S1"] = new(-6, -19),
        ["Q2"] = new(22, -6),
        ["Q3"] = new(22, 7),
        ["X1"] = new(-15, 11),
        ["J1"] = new(-37, -13),

        // The city outline, Yangtze bank in the north, Taihu side in the south-east.
        ["L1"] = new(-12, -33),
        ["O1"] = new(-44, -40),
        ["O2"] = new(-24, -39),
        ["O4"] = new(12, -31),
        ["O5"] = new(28, -20),
        ["O6"] = new(31, -6),
        ["O7"] = new(30, 8),
        ["O8"] = new(24, 22),
        ["O9"] = new(10, 28),
        ["O10"] = new(-6, 26),
        ["O11"] = new(-18, 20),
        ["O12"] = new(-30, 17),
        ["O13"] = new(-46, 10),
        ["O14"] = new(-50, -8),
        ["O15"] = new(-50, -26),
    };

    /// <summary>The outline of the city as a counter-clockwise ring of nodes.</summary>
    public static readonly string[] Outline =
        ["O14", "O15", "O1", "O2", "L1", "O4", "O5", "O6", "O7", "O8", "O9", "O10", "O11", "O12", "O13"];

    /// <summary>The districts, ordered by code.</summary>
    public static readonly DistrictPlan[] Districts =
    [
        new("320402", "天宁区", "Tianning", ["C5", "C4", "C3", "C2"], new(5, 1), 2.5, 14, 1.2),
        new("320404", "钟楼区", "Zhonglou", ["C6", "C5", "C2", "C1"], new(-5, 1), 2.5, 14, 1.2),
        new("320405", "戚墅堰区", "Qishuyan", ["C4", "Q2", "O6", "O7", "Q3", "C3"], new(16, 0), 3, 9, 1.0),
        new("320411", "新北区", "Xinbei", ["C1", "C2", "C3", "Q3", "O7", "O8", "O9", "O10", "O11", "X1"], new(0, 13), 4, 18, 1.05),
        new("320412", "武进区", "Wujin", ["C5", "C6", "S1", "L1", "O4", "O5", "O6", "Q2", "C4"], new(3, -13), 4, 17, 1.0),
        new("320413", "金坛区", "Jintan", ["C7", "C6", "C1", "X1", "O11", "O12", "O13", "O14", "J1"], new(-38, 4), 3.5, 10, 0.8),
        new("320414", "西太湖区", "Xitaihu", ["C6", "C7", "C8", "L1", "S1"], new(-11, -10), 3, 8, 0.8),
        new("320481", "溧阳市", "Liyang", ["O14", "O15", "O1", "O2", "L1", "C8", "C7", "J1"], new(-40, -24), 3.5, 10, 0.75),
    ];

    public static Km Node(string id) => NodeTable[id];

    /// <summary>True for the junctions of the two urban core districts, whose borders are drawn finer.</summary>
    public static bool IsCore(string id) => id.Length == 2 && id[0] == 'C' && id[1] <= '6';
}
