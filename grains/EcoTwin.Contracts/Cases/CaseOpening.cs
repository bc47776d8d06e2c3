namespace EcoTwin.Contracts.Cases;

/// <summary>What a case is opened with, by hand or by the alarm router.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Description">What it is about.</param>
/// <param name="DistrictCode">The district it lies in.</param>
/// <param name="TwinKind">The twin it concerns, if any.</param>
/// <param name="TwinKey">That twin's key.</param>
/// <param name="Alarm">The alarm it was raised from, if any.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseOpening")]
public sealed record CaseOpening(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Description,
    [property: Id(2)] string? DistrictCode,
    [property: Id(3)] string? TwinKind,
    [property: Id(4)] string? TwinKey,
    [property: Id(5)] CaseAlarm? Alarm = null);
