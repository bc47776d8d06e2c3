namespace EcoTwin.Domain.Demo;

/// <summary>The profiles of the demo industries; enterprise counts add up to 300.</summary>
internal static class IndustryProfiles
{
    private const string G = DemoKinds.Gas;
    private const string W = DemoKinds.Water;

    public static readonly IndustryProfile[] All =
    [
        new(DemoIndustries.Chemicals, 55, ["{0}化工有限公司", "{0}精细化工有限公司", "{0}化学有限公司", "{0}新材料科技有限公司"],
            [W, G, G, G], 1, (2, 3), ["工艺废气", "RTO焚烧炉", "导热油炉"], (3, 15), (3, 25), (13, 18), true),
        new(DemoIndustries.ThermalPower, 15, ["{0}热电有限公司", "{0}热电联产有限公司", "{0}能源有限公司"],
            [G, G, W, G], 2, (2, 4), ["燃煤锅炉", "燃煤锅炉", "燃气锅炉"], (60, 220), (8, 40), (5.5, 8.5), true),
        new(DemoIndustries.PrintingDyeing, 40, ["{0}印染有限公司", "{0}纺织印染有限公司", "{0}染整有限公司"],
            [W, G, W, G], 1, (1, 2), ["定型机废气", "锅炉"], (4, 12), (10, 45), (15, 19), false),
        new(DemoIndustries.Electroplating, 38, ["{0}电镀有限公司", "{0}表面处理有限公司", "{0}五金电镀有限公司"],
            [W, W, G, W], 1, (1, 2), ["酸洗废气"], (2, 8), (2, 12), (19, 20.5), false),
        new(DemoIndustries.Steel, 14, ["{0}特钢有限公司", "{0}钢铁有限公司", "{0}冶金有限公司"],
            [G, G, G, W], 2, (2, 4), ["烧结机头", "烧结机尾", "高炉出铁场", "转炉二次除尘"], (80, 250), (10, 40), (14, 17), true),
        new(DemoIndustries.Pharmaceuticals, 24, ["{0}制药有限公司", "{0}药业有限公司", "{0}生物医药有限公司"],
            [W, G, G, W], 1, (2, 3), ["RTO焚烧炉", "锅炉", "发酵废气"], (3, 12), (5, 30), (13, 18), true),
        new(DemoIndustries.Paper, 14, ["{0}纸业有限公司", "{0}造纸有限公司"],
            [W, G, W, G], 1, (1, 3), ["锅炉", "碱回收炉"], (10, 40), (20, 80), (6, 9), true),
        new(DemoIndustries.SewageTreatment, 20, [],
            [W, W], 1, (1, 2), [], (0, 0), (120, 600), (0, 0), true),
        new(DemoIndustries.Food, 38, ["{0}食品有限公司", "{0}食品科技有限公司", "{0}酿造有限公司"],
            [W, G], 1, (1, 2), ["锅炉"], (2, 6), (3, 20), (7, 10), false),
        new(DemoIndustries.Cement, 10, ["{0}水泥有限公司", "{0}建材有限公司"],
            [G, G, G, G], 2, (2, 4), ["窑尾", "窑头", "水泥磨", "煤磨"], (60, 180), (0, 0), (8, 12), true),
        new(DemoIndustries.Machinery, 32, ["{0}机械有限公司", "{0}重工有限公司", "{0}机电设备有限公司"],
            [G, W, G], 1, (1, 3), ["涂装废气焚烧炉", "热处理炉"], (3, 10), (2, 10), (14, 18), false),
    ];

    public static IndustryProfile Of(string industry) => All.First(p => p.Industry == industry);
}
