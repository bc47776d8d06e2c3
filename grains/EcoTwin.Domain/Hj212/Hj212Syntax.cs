using System.Text.Unicode;

namespace EcoTwin.Domain.Hj212;

/// <summary>Byte- and character-level rules shared by the parser, the validator and the encoder.</summary>
internal static class Hj212Syntax
{
    public const int MaxMnLength = 24;

    /// <summary>Index of the first byte outside printable ASCII (0x20-0x7E), or -1.</summary>
    public static int IndexOfNonPrintableAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);

    /// <summary>
    /// Checks CP text: any control character is an error; other bytes must form valid UTF-8
    /// (the standard allows Chinese text in UTF-8, e.g. log items <c>i11001-Info=//清洗管路//</c>).
    /// </summary>
    public static string? CheckCpBytes(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x20 || bytes[i] == 0x7F)
            {
                return $"CP contains control byte 0x{bytes[i]:X2} at offset {i}";
            }
        }

        return Utf8.IsValid(bytes) ? null : "CP contains bytes that are not valid UTF-8";
    }

    public static bool IsDigits(ReadOnlySpan<char> text, int minLength, int maxLength)
    {
        if (text.Length < minLength || text.Length > maxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsSystemCode(string st) =>
        st.Length == 2 && IsDigitOrUpper(st[0]) && IsDigitOrUpper(st[1]);

    public static bool IsMn(string mn)
    {
        if (mn.Length is 0 or > MaxMnLength)
        {
            return false;
        }

        foreach (var c in mn)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A header value as the parser reads it: printable ASCII, no <c>;</c>, no edge spaces, not empty.</summary>
    public static bool IsHeaderText(string text) =>
        text.Length > 0 && text[0] != ' ' && text[^1] != ' '
        && !text.AsSpan().ContainsAnyExceptInRange((char)0x20, (char)0x7E) && !text.Contains(';');

    /// <summary>A CP key the encoder may write: printable ASCII without separators or spaces.</summary>
    public static bool IsCpKey(string key) =>
        key.Length > 0 && !key.AsSpan().ContainsAnyExceptInRange((char)0x21, (char)0x7E) && key.AsSpan().IndexOfAny(";,=&") < 0;

    /// <summary>A CP value the encoder may write: well-formed text, no control characters, no <c>; , &amp;</c>.</summary>
    public static bool IsCpValue(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || c is ';' or ',' or '&')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Quote(string text) => text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}...'";

    private static bool IsDigitOrUpper(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);
}
