namespace EcoTwin.Silo.Gateway;

/// <summary>The HJ 212 gateway cannot listen; the message says why and what to do.</summary>
public sealed class GatewayUnavailableException(string message) : Exception(message);
