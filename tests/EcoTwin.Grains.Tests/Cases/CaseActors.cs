using EcoTwin.Contracts.Cases;

namespace EcoTwin.Grains.Tests.Cases;

/// <summary>The people of the case tests.</summary>
public static class CaseActors
{
    public static readonly CaseActor Operator = new("wang.operator", "operator", []);
    public static readonly CaseActor Officer = new("zhang.officer", "officer", ["320402"]);
    public static readonly CaseActor OtherOfficer = new("li.officer", "officer", ["320404"]);
    public static readonly CaseActor Admin = new("admin", "admin", []);
}
