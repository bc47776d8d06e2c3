using EcoTwin.Domain.Air;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Stations;

/// <summary>A <see cref="StationLive"/> at rest.</summary>
public sealed record StationCheckpoint(FactorCheckpoint[] Factors, AqiReading? HourlyAqi, AqiReading? DailyAqi);
