using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Building what the platform sends (requests, 9013/9014 replies) and what the simulator sends (9011/9012, uploads).</summary>
public sealed class Hj212BuilderTests
{
    private static readonly DateTime QnTime = new(2016, 8, 1, 8, 58, 57, 223);

    [Fact]
    public void Data_response_to_the_minute_upload_is_the_standards_9014()
    {
        var upload = Hj212Parser.Parse(Bytes.Of(StandardExamples.MinuteUpload)).Packet!;

        var response = Hj212Replies.DataResponse(upload);

        Assert.Equal(StandardExamples.MinuteUploadResponse, Hj212Encoder.EncodeSegment(response));
        Assert.Equal("##0087" + StandardExamples.MinuteUploadResponse + "C241\r\n", Hj212Encoder.EncodeFrameText(response));
    }

    [Fact]
    public void Data_response_to_each_subpacket_carries_that_parts_qn()
    {
        var part = Hj212Parser.Parse(Bytes.Of(StandardExamples.HourlyPart2)).Packet!;

        Assert.Equal(
            "QN=20160801085857535;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&",
            Hj212Encoder.EncodeSegment(Hj212Replies.DataResponse(part)));
    }

    [Fact]
    public void Request_response_and_execution_result_are_the_standards_9011_and_9012()
    {
        var request = Hj212Parser.Parse(Bytes.Of(StandardExamples.SetTimeoutRequest)).Packet!;

        Assert.Equal(StandardExamples.RequestResponse, Hj212Encoder.EncodeSegment(Hj212Replies.RequestResponse(request, Hj212QnRtn.Ready)));
        Assert.Equal(StandardExamples.ExecutionResult, Hj212Encoder.EncodeSegment(Hj212Replies.ExecutionResult(request, Hj212ExeRtn.Success)));
    }

    [Fact]
    public void Notification_response_has_an_empty_cp()
    {
        var notification = Hj212Parser.Parse(Bytes.Of(StandardExamples.NotificationResponseBlankCp.Replace("CN=9013", "CN=1013").Replace("ST=91", "ST=32"))).Packet!;

        Assert.Equal(
            "QN=20160801085857223;ST=91;CN=9013;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&",
            Hj212Encoder.EncodeSegment(Hj212Replies.NotificationResponse(notification)));
    }

    [Fact]
    public void Reply_to_a_2005_packet_carries_qn_in_cp_and_no_flag()
    {
        var request = Hj212Parser.Parse(Bytes.Of("QN=20040516010101001;ST=32;CN=1012;PW=123456;MN=88888880000001;CP=&&SystemTime=20040516010101&&")).Packet!;

        Assert.Equal(
            "ST=91;CN=9011;PW=123456;MN=88888880000001;CP=&&QN=20040516010101001;QnRtn=1&&",
            Hj212Encoder.EncodeSegment(Hj212Replies.RequestResponse(request, Hj212QnRtn.Ready)));
    }

    [Fact]
    public void Reply_to_a_packet_without_qn_is_refused()
    {
        var upload = Hj212Parser.Parse(Bytes.Of("ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516010101&&")).Packet!;

        Assert.Throws<ArgumentException>(() => Hj212Replies.DataResponse(upload));
    }

    [Fact]
    public void Set_system_time_is_the_standards_1012()
    {
        var request = Hj212Requests.SetSystemTime(QnTime, "32", "123456", StandardExamples.Mn, new DateTime(2016, 8, 1, 8, 58, 57), "w01018");

        Assert.Equal(StandardExamples.SetSystemTime, Hj212Encoder.EncodeSegment(request));
    }

    [Fact]
    public void Set_system_time_without_a_factor_sets_the_data_collectors_time()
    {
        var request = Hj212Requests.SetSystemTime(QnTime, "32", "123456", StandardExamples.Mn, new DateTime(2024, 1, 2, 3, 4, 5));

        Assert.Equal([new Hj212CpItem("SystemTime", "20240102030405")], request.Cp);
    }

    [Fact]
    public void Set_real_time_interval_is_the_standards_1062()
    {
        var request = Hj212Requests.SetRealTimeInterval(QnTime, "32", "123456", StandardExamples.Mn, 30);

        Assert.Equal(StandardExamples.SetRealTimeInterval, Hj212Encoder.EncodeSegment(request));
    }

    [Theory]
    [InlineData(29)]
    [InlineData(3601)]
    public void Real_time_interval_outside_30_to_3600_seconds_is_refused(int seconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hj212Requests.SetRealTimeInterval(QnTime, "32", "123456", "A", seconds));
    }

    [Fact]
    public void Minute_upload_builder_groups_items_of_one_factor_with_commas()
    {
        var upload = Hj212Uploads.Minute(
            new DateTime(2016, 8, 1, 8, 50, 0, 1), "32", "123456", StandardExamples.Mn, new DateTime(2016, 8, 1, 8, 40, 0),
            [
                Hj212CpItem.Of("w00000", "Cou", 10.5m), Hj212CpItem.Of("w00000", "Min", 16.4m), Hj212CpItem.Of("w00000", "Avg", 17.5m),
                Hj212CpItem.Of("w00000", "Max", 20.1m), Hj212CpItem.Of("w00000", "Flag", "N"),
                Hj212CpItem.Of("w01001", "Min", 7.1m), Hj212CpItem.Of("w01001", "Avg", 7.5m), Hj212CpItem.Of("w01001", "Max", 7.8m),
                Hj212CpItem.Of("w01001", "Flag", "N"),
                Hj212CpItem.Of("w01018", "Cou", 10.5m), Hj212CpItem.Of("w01018", "Min", 40.1m), Hj212CpItem.Of("w01018", "Avg", 40.1m),
                Hj212CpItem.Of("w01018", "Max", 40.1m), Hj212CpItem.Of("w01018", "Flag", "N"),
            ]);

        Assert.Equal(StandardExamples.MinuteUpload, Hj212Encoder.EncodeSegment(upload));
    }

    [Theory]
    [InlineData("2011")]
    [InlineData("2051")]
    [InlineData("2061")]
    [InlineData("2031")]
    public void Upload_builders_use_their_command_code_and_ask_for_an_ack(string cn)
    {
        var time = new DateTime(2024, 3, 15, 10, 0, 0);
        IEnumerable<Hj212CpItem> items = [Hj212CpItem.Of("a34004", "Rtd", 35m)];
        var packet = cn switch
        {
            "2011" => Hj212Uploads.RealTime(time, "22", "1", "AQ1", time, items),
            "2051" => Hj212Uploads.Minute(time, "22", "1", "AQ1", time, items),
            "2061" => Hj212Uploads.Hourly(time, "22", "1", "AQ1", time, items),
            _ => Hj212Uploads.Daily(time, "22", "1", "AQ1", time, items),
        };

        Assert.Equal((cn, 5, "20240315100000000"), (packet.Cn, packet.Flag!.Value, packet.Qn!));
        Assert.True(Hj212Parser.ParseFrame(Hj212Encoder.EncodeFrame(packet)).IsOk);
    }
}
