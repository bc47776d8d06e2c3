namespace EcoTwin.Domain.MasterData;

/// <summary>Why one field of a piece of master data was rejected.</summary>
/// <param name="Field">The field name as the sender spells it (e.g. <c>districtCode</c>).</param>
/// <param name="Message">What is wrong with it, in plain words.</param>
public sealed record FieldError(string Field, string Message);
