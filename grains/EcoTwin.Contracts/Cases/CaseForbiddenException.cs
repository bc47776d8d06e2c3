namespace EcoTwin.Contracts.Cases;

/// <summary>The action is allowed in the stage but not to this user (e.g. taking up a case given to someone else); answered 403.</summary>
[GenerateSerializer, Alias("EcoTwin.CaseForbiddenException")]
public sealed class CaseForbiddenException(string message) : Exception(message);
