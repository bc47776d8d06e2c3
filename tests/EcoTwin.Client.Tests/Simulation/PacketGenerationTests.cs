using System.Text;
using EcoTwin.Client.Simulation;
using EcoTwin.Client.Tests.Support;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Client.Tests.Simulation;

public sealed class PacketGenerationTests
{
    private static readonly DateTime Morning = new(2026, 11, 25, 8, 30, 15);

    [Theory]
    [InlineData(0)]
    [InlineData(110)]
    [InlineData(120)]
    public void Pre_encoded_frame_is_byte_for_byte_the_codec_encoders_frame(int deviceIndex)
    {
        var device = SimulatedDevices.Select(TestCity.Instance, 120, 1)[deviceIndex];
        var readings = Readings(seed: 7);
        var qnTime = Morning.AddMilliseconds(123);

        var frame = new UploadTemplate(device.St, "2011", device.Password, device.Mn)
            .Frame(Encoding.ASCII.GetBytes(Hj212Time.FormatQn(qnTime)), readings.CpBytes(device, Morning));

        var items = readings.Items(device, Morning);
        var expected = Hj212Encoder.EncodeFrame(Hj212Uploads.RealTime(qnTime, device.St, device.Password, device.Mn, Morning, items.Skip(1)));
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(frame));
        var decoded = Hj212Parser.ParseFrame(frame);
        Assert.True(decoded.IsOk, decoded.Error?.ToString());
        Assert.Equal(5, decoded.Packet.Flag);
        Assert.Equal(Morning, decoded.Packet.DataTime);
    }

    [Fact]
    public void Every_factor_of_the_device_has_a_value_and_a_flag_in_the_citys_model()
    {
        var city = TestCity.Instance;
        var station = SimulatedDevices.Select(city, 1, 0)[0];
        var values = new DemoValues(city);

        var items = Readings(seed: 1).Items(station, Morning);

        Assert.Equal("DataTime", items[0].Key);
        Assert.Equal(station.Factors, items.Skip(1).Select(item => item.FactorCode!).Distinct());
        Assert.All(station.Factors, factor =>
        {
            Assert.Contains(items, item => item.Key == factor + "-Flag" && item.Value.Length == 1);
            var sent = items.Single(item => item.Key == factor + "-Rtd").Value;
            Assert.Equal(values.Reading(station.Mn, factor, new DateTimeOffset(Morning, TimeSpan.FromHours(8))), double.Parse(sent, System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void Readings_are_a_function_of_seed_device_and_time()
    {
        var device = SimulatedDevices.Select(TestCity.Instance, 0, 3)[2];

        Assert.Equal(Readings(seed: 3).CpBytes(device, Morning), Readings(seed: 3).CpBytes(device, Morning));
        Assert.NotEqual(Readings(seed: 3).CpBytes(device, Morning), Readings(seed: 3).CpBytes(device, Morning.AddHours(6)));
    }

    [Fact]
    public void Devices_are_the_first_stations_and_sources_of_the_demo_city_with_their_system_codes()
    {
        var city = TestCity.Instance;

        var devices = SimulatedDevices.Select(city, 102, 2);

        Assert.Equal([.. city.Stations.Take(102).Select(s => s.Code), .. city.Sources.Take(2).Select(s => s.Mn)], devices.Select(d => d.Mn));
        Assert.Equal("22", devices[0].St);
        Assert.Equal("21", devices[101].St);
        Assert.Equal(city.Sources[0].Medium == DemoKinds.Gas ? "31" : "32", devices[102].St);
        Assert.Equal([SimulatedDevice.StationKind, SimulatedDevice.SourceKind], devices.Select(d => d.Kind).Distinct());
        Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedDevices.Select(city, city.Stations.Count + 1, 0));
    }

    [Fact]
    public void Gateway_list_is_read_from_commas_and_repeats()
    {
        var gateways = GatewayAddresses.Parse(["a:9212,b:9213", " [::1]:1 "]);

        Assert.Equal(["a:9212", "b:9213", "::1:1"], gateways.Select(g => $"{g.Host}:{g.Port}"));
        Assert.Throws<FormatException>(() => GatewayAddresses.Parse(["a"]));
        Assert.Throws<FormatException>(() => GatewayAddresses.Parse(["a:0"]));
        Assert.Throws<FormatException>(() => GatewayAddresses.Parse([","]));
    }

    private static DeviceReadings Readings(int seed) => new(new DemoValues(TestCity.Instance), new DeviceIncidents(seed));
}
