using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Alarms;

namespace EcoTwin.Grains.Twins;

/// <summary>An alarm a twin raised or cleared, with the twin it belongs to.</summary>
public sealed record TwinAlarmEvent(TwinKind Kind, string Key, string? DistrictCode, AlarmEvent Event);
