namespace EcoTwin.Client;

/// <summary>No silo of the cluster could be reached.</summary>
public sealed class EcoTwinUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
