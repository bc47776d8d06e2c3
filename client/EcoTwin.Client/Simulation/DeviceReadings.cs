using System.Text;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// The real-time readings of simulated devices: the demo city's value model (daily cycles,
/// seasons, episodes) with the incidents' flags, as CP items
/// <c>DataTime=...;a34004-Rtd=35.2,a34004-Flag=N;...</c>.
/// </summary>
/// <param name="values">The demo city's value model.</param>
/// <param name="incidents">The run's incidents (flags, fault bursts).</param>
public sealed class DeviceReadings(DemoValues values, DeviceIncidents incidents)
{
    /// <summary>The CP items of <paramref name="device"/>'s real-time upload at local time <paramref name="localSecond"/>.</summary>
    public IReadOnlyList<Hj212CpItem> Items(SimulatedDevice device, DateTime localSecond)
    {
        ArgumentNullException.ThrowIfNull(device);
        var at = CityClock.Instant(localSecond);
        var items = new List<Hj212CpItem>((device.Factors.Count * 2) + 1) { new("DataTime", Hj212Time.Format(localSecond)) };
        foreach (var factor in device.Factors)
        {
            var value = values.Reading(device.Mn, factor, at);
            items.Add(Hj212CpItem.Of(factor, "Rtd", Hj212Number.Format((decimal)value)));
            items.Add(Hj212CpItem.Of(factor, "Flag", incidents.FlagOf(device.Mn, factor, localSecond).ToString()));
        }

        return items;
    }

    /// <summary>The same items as CP bytes, laid out as the codec's encoder lays them out.</summary>
    public byte[] CpBytes(SimulatedDevice device, DateTime localSecond)
    {
        var items = Items(device, localSecond);
        var text = new StringBuilder(32 + (device.Factors.Count * 32));
        for (var i = 0; i < items.Count; i++)
        {
            var factor = items[i].FactorCode;
            if (i > 0)
            {
                text.Append(factor is not null && factor == items[i - 1].FactorCode ? ',' : ';');
            }

            text.Append(items[i].Key).Append('=').Append(items[i].Value);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
