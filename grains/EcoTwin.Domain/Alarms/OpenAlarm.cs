namespace EcoTwin.Domain.Alarms;

/// <summary>An alarm a twin has raised and not yet cleared: one per cause.</summary>
/// <param name="Id">A stable id: twin, cause and the moment it was raised.</param>
/// <param name="Cause">What is wrong: <c>offline</c>, <c>fault</c>, <c>exceedance:w01018</c>, ...</param>
/// <param name="RaisedAt">When it was raised (UTC).</param>
/// <param name="LastSeenAt">When the cause was last seen still present.</param>
/// <param name="Detail">The latest detail in words (value and limit, last packet time, ...).</param>
/// <param name="Repeats">How often the cause was seen again while open (deduplicated, not raised again).</param>
public sealed record OpenAlarm(string Id, string Cause, DateTimeOffset RaisedAt, DateTimeOffset LastSeenAt, string Detail, int Repeats);
