namespace EcoTwin.Domain.Alarms;

/// <summary>An alarm raised or cleared by a twin.</summary>
/// <param name="Id">The alarm's id.</param>
/// <param name="Cause">Its cause.</param>
/// <param name="Raised">True when raised, false when cleared.</param>
/// <param name="RaisedAt">When the alarm was raised (UTC).</param>
/// <param name="At">When this event happened: equal to <paramref name="RaisedAt"/> for a raise, the clearing time for a clear.</param>
/// <param name="Detail">The detail in words.</param>
public sealed record AlarmEvent(string Id, string Cause, bool Raised, DateTimeOffset RaisedAt, DateTimeOffset At, string Detail);
