namespace EcoTwin.Domain.Demo;

/// <summary>Pools of place names for stations, addresses and enterprise names.</summary>
internal static class PlaceNames
{
    /// <summary>Town, street and landmark names of a district.</summary>
    public static string[] Of(string districtCode) => districtCode switch
    {
        "320402" => ["红梅", "青龙", "郑陆", "雕庄", "兰陵", "茶山", "天宁寺", "东坡公园", "青果巷", "舜新", "丽华", "焦溪", "三河口", "新丰"],
        "320404" => ["南大街", "五星", "永红", "北港", "西林", "荷花池", "新闸", "邹区", "清潭", "怀德", "广化", "运村", "西新桥", "勤业"],
        "320405" => ["戚墅堰", "丁堰", "潞城", "东方", "丁香", "机车厂", "新坊桥", "芳渚", "宋剑湖", "东青", "蒋墅", "盛毗"],
        "320411" => ["奥体中心", "三井", "河海", "龙虎塘", "薛家", "罗溪", "西夏墅", "孟河", "春江", "魏村", "奔牛", "新桥", "恐龙园", "圩塘", "百丈", "小河"],
        "320412" => ["湖塘", "牛塘", "洛阳", "遥观", "横林", "横山桥", "礼嘉", "前黄", "雪堰", "南夏墅", "淹城", "马杭", "坂上", "寨桥", "高新区"],
        "320413" => ["金城", "儒林", "直溪", "朱林", "薛埠", "指前", "尧塘", "东城", "西城", "华罗庚公园", "茅山", "白塔", "后阳", "河头"],
        "320414" => ["嘉泽", "湟里", "卜弋", "西太湖", "夏溪", "腾龙", "揽月湾", "漕桥", "成章", "采菱", "厚余", "滆湖"],
        "320481" => ["溧城", "天目湖", "别桥", "上兴", "竹箦", "南渡", "社渚", "上黄", "戴埠", "埭头", "昆仑", "燕山", "古县", "周城"],
        _ => throw new ArgumentException($"No place names for district {districtCode}.", nameof(districtCode)),
    };

    /// <summary>What an air station is named after, appended to a town or street name ("" for the bare name).</summary>
    public static readonly string[] StationSuffixes = ["", "镇", "街道", "公园", "中学", "小学", "社区", "文化宫", "监测站", "广场"];

    /// <summary>True for a town or street name (two characters) rather than a landmark such as 奥体中心.</summary>
    public static bool IsTown(string place) => place.Length == 2;

    /// <summary>An air station name: district, place, and for a town a suffix such as 公园 or 中学.</summary>
    public static string Station(string districtName, string place, DemoRandom random) =>
        districtName + place + (IsTown(place) ? random.Pick(StationSuffixes) : string.Empty);

    /// <summary>A district short name that companies put before their brand, or null (天宁区 companies say 常州).</summary>
    public static string? CompanyPrefix(string districtCode) => districtCode switch
    {
        "320412" => "武进",
        "320413" => "金坛",
        "320481" => "溧阳",
        _ => null,
    };

    /// <summary>Road names for addresses.</summary>
    public static readonly string[] Roads =
    [
        "长江路", "黄河路", "汉江路", "珠江路", "华山路", "泰山路", "衡山路", "嵩山路", "辽河路", "淮河路",
        "太湖路", "龙锦路", "武宜路", "湖塘路", "人民路", "延政路", "常武路", "滨江路", "港区路", "新竹路",
        "通江路", "青洋路", "劳动路", "关河路", "晋陵路", "和平路", "龙城大道", "中吴大道", "聚湖路", "花园街",
        "凤凰路", "金湖路", "兴业路", "创业路", "科技大道", "工业大道", "振兴路", "富民路", "东方路", "环湖路",
    ];

    /// <summary>First characters of invented brand names.</summary>
    public static readonly string[] BrandHeads =
    [
        "华", "恒", "新", "龙", "天", "东", "金", "瑞", "宏", "永", "中", "盛", "鑫", "嘉", "凯",
        "博", "昌", "泰", "德", "润", "裕", "丰", "源", "鸿", "信", "诚", "亚", "安", "康", "明",
    ];

    /// <summary>Second characters of invented brand names.</summary>
    public static readonly string[] BrandTails =
    [
        "达", "源", "丰", "泰", "宇", "辉", "盛", "诚", "和", "远", "通", "鑫", "业", "昌", "洲", "宝", "利", "光", "锦", "峰",
    ];
}
