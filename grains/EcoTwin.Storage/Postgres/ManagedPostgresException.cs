namespace EcoTwin.Storage.Postgres;

/// <summary>The managed PostgreSQL instance could not be started; the message says why and what to do.</summary>
public sealed class ManagedPostgresException(string message) : Exception(message);
