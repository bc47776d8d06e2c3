namespace EcoTwin.Client.Api;

/// <summary>The outcome of one master-data PUT.</summary>
/// <param name="Result">Created, updated, unchanged or rejected.</param>
/// <param name="Reason">Why it was rejected: the fields and their problems, or the HTTP status.</param>
public sealed record PutOutcome(PutResult Result, string? Reason = null);
