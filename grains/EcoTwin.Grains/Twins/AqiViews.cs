using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;

namespace EcoTwin.Grains.Twins;

/// <summary>Builds <see cref="AqiView"/>s.</summary>
public static class AqiViews
{
    /// <summary>The view of <paramref name="reading"/>, or null.</summary>
    public static AqiView? Of(AqiReading? reading) =>
        reading is null ? null : new AqiView(reading.Period, reading.Aqi, reading.Level, [.. reading.Primary]);
}
