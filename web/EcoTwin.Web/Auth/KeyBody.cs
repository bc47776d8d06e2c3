namespace EcoTwin.Web.Auth;

/// <summary>The body of a request for a new API key: a label to tell keys apart.</summary>
public sealed record KeyBody(string? Label);
