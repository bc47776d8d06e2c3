namespace EcoTwin.Storage.Alarms;

/// <summary>An alarm raised (ClearedAt null) or cleared, as stored.</summary>
public sealed record AlarmRecord(string Id, string Kind, string Key, string? DistrictCode, string Cause, DateTimeOffset RaisedAt, DateTimeOffset? ClearedAt, string Detail);
