namespace EcoTwin.Client.Simulation;

/// <summary>A simulation could not start: the API refused a registration, or no gateway accepted a connection.</summary>
public sealed class SimulatorException(string message, Exception? inner = null) : Exception(message, inner);
