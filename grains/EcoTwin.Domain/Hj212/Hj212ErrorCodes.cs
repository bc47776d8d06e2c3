namespace EcoTwin.Domain.Hj212;

/// <summary>The stable codes of <see cref="Hj212Error"/>; counters and quarantine rows key on them.</summary>
public static class Hj212ErrorCodes
{
    /// <summary>The frame does not start with <c>##</c> and 4 decimal length digits.</summary>
    public const string Header = "header";

    /// <summary>The declared length does not match where <c>&amp;&amp;</c>, the CRC and CRLF really are.</summary>
    public const string Length = "length";

    /// <summary>The CRC field is not 4 hex digits, or its value does not match the data segment.</summary>
    public const string Crc = "crc";

    /// <summary>A required field is missing, duplicated, unknown or invalid; the message names it.</summary>
    public const string Field = "field";

    /// <summary>DataTime is not a valid yyyyMMddHHmmss (or yyyyMMddHHmmssfff) time.</summary>
    public const string Date = "date";

    /// <summary>The data segment is longer than the configured maximum.</summary>
    public const string Oversize = "oversize";

    /// <summary>
    /// A byte that may not appear: outside printable ASCII in the header or a CP key, a control
    /// character anywhere, or invalid UTF-8 in a CP value.
    /// </summary>
    public const string Encoding = "encoding";

    /// <summary>The frame or data segment ends before its structure is complete (e.g. CP not closed).</summary>
    public const string Truncated = "truncated";
}
