using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Cli.Output;

/// <summary>
/// The line `ecotwin hj212 decode` prints per input line. Unlike <see cref="JsonOutput"/> it keeps
/// null values (every key is always there) and writes CP in the order sent, keys exactly as sent.
/// </summary>
/// <remarks>
/// Decoded: <c>{"ok":true,"crcOk":true,"qn":...,"st":...,"cn":...,"pw":...,"mn":...,"flag":5,"pnum":null,
/// "pno":null,"dataTime":"2016-08-01T08:40:00","cp":{"DataTime":"20160801084000",...}}</c>.
/// Not decoded: <c>{"ok":false,"error":"code: message"}</c>. A CP key sent twice appears twice.
/// </remarks>
public static class Hj212DecodeJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the JSON of <paramref name="result"/> (no newline) to <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, Hj212DecodeResult result)
    {
        if (!result.IsOk)
        {
            WriteError(output, result.Error.ToString());
            return;
        }

        var packet = result.Packet;
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteBoolean("ok", true);
        json.WriteBoolean("crcOk", result.CrcOk);
        json.WriteString("qn", packet.Qn);
        json.WriteString("st", packet.St);
        json.WriteString("cn", packet.Cn);
        json.WriteString("pw", packet.Pw);
        json.WriteString("mn", packet.Mn);
        WriteNumber(json, "flag", packet.Flag);
        WriteNumber(json, "pnum", packet.Pnum);
        WriteNumber(json, "pno", packet.Pno);
        json.WriteString("dataTime", packet.DataTime is { } time ? Iso(time) : null);
        json.WriteStartObject("cp");
        foreach (var item in packet.Cp)
        {
            json.WriteString(item.Key, item.Value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes <c>{"ok":false,"error":...}</c>.</summary>
    public static void WriteError(IBufferWriter<byte> output, string error)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteBoolean("ok", false);
        json.WriteString("error", error);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    // Local device time, no offset; milliseconds only when the device sent them.
    private static string Iso(DateTime time) =>
        time.ToString(time.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
