namespace EcoTwin.Domain.Demo;

/// <summary>
/// Lakes, waterways and roads of the demo city, loosely after Changzhou's: control points in km
/// from the urban centre, each lake inside one district, roads clear of the lakes.
/// </summary>
internal static class CityFeatures
{
    public static readonly LakePlan[] Lakes =
    [
        new("滆湖", new(-17, -17), 3, 5.5),
        new("长荡湖", new(-32, -3), 3, 3.8),
        new("天目湖", new(-40, -30), 2.2, 2.8),
    ];

    public static readonly LinePlan[] Waterways =
    [
        new(DemoKinds.Canal, "京杭大运河", [new(-31, 14.5), new(-23, 9.5), new(-15, 4.5), new(-9, 1), new(2, -1), new(12, -2), new(22, -2.5), new(30.5, -1.5)]),
        new(DemoKinds.Canal, "武宜运河", [new(2, -1.5), new(1, -9), new(0, -17), new(-2, -24), new(-3.5, -31)]),
        new(DemoKinds.Canal, "丹金溧漕河", [new(-40.5, 11), new(-40.5, 6), new(-40.3, -3), new(-41, -13), new(-38.5, -22), new(-35, -33.5)]),
        new(DemoKinds.River, "德胜河", [new(-6, 24.5), new(-7, 18), new(-8, 11), new(-9, 5), new(-10, 1.5)]),
        new(DemoKinds.River, "新孟河", [new(-15, 18.5), new(-17, 10), new(-19.5, 1), new(-21, -7), new(-18.8, -12.3)]),
        new(DemoKinds.River, "藻江河", [new(16, 24), new(15, 16), new(13.5, 9), new(12, 3), new(11, -1)]),
    ];

    public static readonly LinePlan[] Roads =
    [
        new(DemoKinds.Expressway, "沪蓉高速", [new(-27, 14.5), new(-18, 12.5), new(-6, 10.5), new(8, 10.5), new(20, 9.5), new(28, 9.5)]),
        new(DemoKinds.Expressway, "沿江高速", [new(-14, 17.5), new(-4, 21), new(8, 23), new(18, 20.5)]),
        new(DemoKinds.Expressway, "扬溧高速", [new(-25.5, 15.5), new(-26.5, 4), new(-27.5, -8), new(-30, -20), new(-31.5, -36.5)]),
        new(DemoKinds.Expressway, "江宜高速", [new(19, 22), new(17.5, 12), new(16.5, 2), new(14.5, -10), new(10.5, -21), new(8, -29.5)]),
        new(DemoKinds.Arterial, "龙城大道", [new(-17, 7.5), new(-8, 8.2), new(4, 8.4), new(16, 8.2)]),
        new(DemoKinds.Arterial, "延陵路", [new(-9.5, 2.6), new(0, 3), new(10, 2.6), new(20, 2.2)]),
        new(DemoKinds.Arterial, "中吴大道", [new(-12, -6.5), new(0, -7.8), new(12, -7.2), new(26, -8.5)]),
        new(DemoKinds.Arterial, "长江路", [new(-5, 23), new(-4.5, 14), new(-3.5, 6), new(-3.5, -3)]),
        new(DemoKinds.Arterial, "通江大道", [new(4, 25.5), new(3, 16), new(2, 8), new(1.5, 0.5)]),
        new(DemoKinds.Arterial, "青洋路", [new(8.5, 18), new(7.5, 7), new(6.5, -4), new(6, -13)]),
        new(DemoKinds.Arterial, "常武路", [new(4, -2), new(4.5, -12), new(3.5, -23)]),
        new(DemoKinds.Arterial, "312国道", [new(-45.5, 7), new(-36, 6.5), new(-24, 4.5), new(-14, 3)]),
        new(DemoKinds.Arterial, "104国道", [new(-44.5, 2), new(-43.5, -10), new(-43, -20), new(-44.5, -31)]),
        new(DemoKinds.Arterial, "湖滨路", [new(-9.5, -7.5), new(-11.5, -15), new(-11, -24)]),
        new(DemoKinds.Arterial, "人民路", [new(-4, -15.5), new(8, -14.5), new(20, -13.5), new(27, -14)]),
        new(DemoKinds.Arterial, "燕山路", [new(-47, -22), new(-40, -23.5), new(-30, -25), new(-24, -25.5)]),
    ];
}
