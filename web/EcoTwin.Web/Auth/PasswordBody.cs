namespace EcoTwin.Web.Auth;

/// <summary>The body of a password change.</summary>
public sealed record PasswordBody(string? Password);
