using System.Text;

namespace EcoTwin.Domain.Hj212;

/// <summary>Splits the CP data area (between <c>CP=&amp;&amp;</c> and the closing <c>&amp;&amp;</c>) into items.</summary>
internal static class Hj212CpReader
{
    /// <summary>
    /// Reads <c>key=value</c> items separated by <c>;</c> (groups) or <c>,</c> (items of one factor).
    /// Empty and blank items are skipped (a <c>;</c> before the closing <c>&amp;&amp;</c>, <c>CP=&amp;&amp; &amp;&amp;</c>);
    /// spaces around keys are dropped, values are kept exactly. The bytes were checked for UTF-8 before.
    /// </summary>
    public static Hj212Error? Read(ReadOnlySpan<byte> data, List<Hj212CpItem> items)
    {
        while (!data.IsEmpty)
        {
            var separator = data.IndexOfAny((byte)';', (byte)',');
            var item = separator < 0 ? data : data[..separator];
            data = separator < 0 ? [] : data[(separator + 1)..];
            if (item.Trim((byte)' ').IsEmpty)
            {
                continue;
            }

            var equals = item.IndexOf((byte)'=');
            if (equals < 0)
            {
                return Field($"CP item {Text(item)} has no '='");
            }

            var key = item[..equals].Trim((byte)' ');
            if (key.IsEmpty)
            {
                return Field($"CP item {Text(item)} has an empty key");
            }

            if (Hj212Syntax.IndexOfNonPrintableAscii(key) >= 0)
            {
                return new Hj212Error(Hj212ErrorCodes.Encoding, $"CP key {Text(key)} is not printable ASCII");
            }

            items.Add(new Hj212CpItem(Encoding.ASCII.GetString(key), Encoding.UTF8.GetString(item[(equals + 1)..])));
        }

        return null;
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Hj212Syntax.Quote(Encoding.UTF8.GetString(bytes));

    private static Hj212Error Field(string message) => new(Hj212ErrorCodes.Field, message);
}
