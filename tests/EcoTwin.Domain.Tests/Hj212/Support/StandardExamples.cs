namespace EcoTwin.Domain.Tests.Hj212.Support;

/// <summary>
/// Data segments from HJ 212-2017 (appendix A and appendix C), joined across the PDF's line breaks.
/// The trailing "…" of the examples (meaning "and so on") is left out.
/// </summary>
internal static class StandardExamples
{
    public const string Mn = "010000A8900016F000169DC0";

    /// <summary>Appendix A: the CRC example, 101 bytes, CRC 1C80.</summary>
    public const string CrcSegment =
        "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

    /// <summary>Appendix A: the whole frame of the CRC example.</summary>
    public const string CrcFrame = "##0101" + CrcSegment + "1C80\r\n";

    /// <summary>Table C.1: set timeout and retries (platform request).</summary>
    public const string SetTimeoutRequest =
        "QN=20160801085857223;ST=32;CN=1000;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&OverTime=5;ReCount=3&&";

    /// <summary>Table C.1: the device's request response.</summary>
    public const string RequestResponse =
        "QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&";

    /// <summary>Table C.1: the device's execution result.</summary>
    public const string ExecutionResult =
        "QN=20160801085857223;ST=91;CN=9012;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&";

    /// <summary>Table C.3: set the site's time.</summary>
    public const string SetSystemTime =
        "QN=20160801085857223;ST=32;CN=1012;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&PolId=w01018;SystemTime=20160801085857&&";

    /// <summary>Table C.4: the platform's notification response, with a blank CP as printed.</summary>
    public const string NotificationResponseBlankCp =
        "QN=20160801085857223;ST=91;CN=9013;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&& &&";

    /// <summary>Table C.6: set the real-time interval.</summary>
    public const string SetRealTimeInterval =
        "QN=20160801085857223;ST=32;CN=1062;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

    /// <summary>Table C.14: real-time upload ("01018-Rtd" in the PDF is a typo for "w01018-Rtd").</summary>
    public const string RealTimeUpload =
        "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;"
        + "w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&";

    /// <summary>Table C.16: minute upload.</summary>
    public const string MinuteUpload =
        "QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;"
        + "w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;"
        + "w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;"
        + "w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&";

    /// <summary>Table C.16: the platform's data response to the minute upload.</summary>
    public const string MinuteUploadResponse =
        "QN=20160801085000001;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&";

    /// <summary>Table C.26: noise minute data.</summary>
    public const string NoiseMinuteUpload =
        "QN=20160801085000001;ST=23;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;"
        + "L5-Data=53.0;L10-Data=53.0;L50-Data=49.0;L90-Data=45.0;L95-Data=43.0;Leq-Data=50.0;LMx-Data=54.0;LMn-Data=42.0&&";

    /// <summary>Table C.40: a log in Chinese (UTF-8) between "//".</summary>
    public const string LogUpload =
        "QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20100301145000;"
        + "PolId=w01018;i11001-Info=//清洗管路//&&";

    /// <summary>Table C.42: a space before '=' in a CP key.</summary>
    public const string StateUpload =
        "QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20100301145000;"
        + "PolId=w01018;i12001-Info=1;i12003-Info =0&&";

    /// <summary>Table C.43: a space before the Flag field.</summary>
    public const string InfoRequestWithSpace =
        "QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0; Flag=5;CP=&&PolId=w01018;InfoId=i12001&&";

    /// <summary>Table C.50: hourly data in two parts, each with its own QN, ack wanted.</summary>
    public const string HourlyPart1 =
        "QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;"
        + "w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;"
        + "w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&";

    /// <summary>Table C.50: the second part.</summary>
    public const string HourlyPart2 =
        "QN=20160801085857535;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=2;CP=&&DataTime=20160801080000;"
        + "w01018-Cou=63.0,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&";

    /// <summary>Table C.19 as printed: ';' missing between Flag and CP (a typo of the standard).</summary>
    public const string TypoMissingSemicolon =
        "QN=20160802000000001;ST=32;CN=2041;PW=123456;MN=010000A8900016F000169DC0;Flag=5CP=&&DataTime=20160801000000;SB1-RT=1.1;SB2-RT=2.1&&";

    /// <summary>Table C.22 as printed: ',' instead of ';' after QN (a typo of the standard).</summary>
    public const string TypoCommaAfterQn =
        "QN=20160801085857534,ST=32;CN=2031;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801000000;w00000-Cou=1512.0&&";
}
