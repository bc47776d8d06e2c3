namespace EcoTwin.Domain.Demo;

/// <summary>How enterprises of one industry look: how many, their names and their outlets.</summary>
/// <param name="Industry">The industry key.</param>
/// <param name="Enterprises">How many enterprises of this industry the city has.</param>
/// <param name="NameTemplates">Name patterns; {0} is the brand.</param>
/// <param name="OutletMedia">The medium of each outlet slot in order; its length is the maximum outlet count.</param>
/// <param name="MinOutlets">The fewest outlets an enterprise of this industry has.</param>
/// <param name="TypicalOutlets">The usual outlet count range before totals are balanced.</param>
/// <param name="Stacks">What its flue gas outlets serve (锅炉, 窑尾...), in slot order.</param>
/// <param name="FlowM3s">Flue gas flow range (m³/s) of one stack.</param>
/// <param name="FlowLs">Wastewater flow range (L/s) of one outlet.</param>
/// <param name="OxygenPercent">Flue gas O2 range (%).</param>
/// <param name="Continuous">True when it runs around the clock; false for day-shift plants.</param>
internal sealed record IndustryProfile(
    string Industry,
    int Enterprises,
    string[] NameTemplates,
    string[] OutletMedia,
    int MinOutlets,
    (int Min, int Max) TypicalOutlets,
    string[] Stacks,
    (double Min, double Max) FlowM3s,
    (double Min, double Max) FlowLs,
    (double Min, double Max) OxygenPercent,
    bool Continuous);
