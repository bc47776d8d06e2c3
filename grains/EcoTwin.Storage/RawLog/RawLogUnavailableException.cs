namespace EcoTwin.Storage.RawLog;

/// <summary>The raw log could not commit a packet (the database is down or refused it); the packet was not stored.</summary>
public sealed class RawLogUnavailableException(string message, Exception inner) : Exception(message, inner);
