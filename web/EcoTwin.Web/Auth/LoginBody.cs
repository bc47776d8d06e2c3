namespace EcoTwin.Web.Auth;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginBody(string? Name, string? Password);
