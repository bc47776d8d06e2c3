using System.Collections.Frozen;

namespace EcoTwin.Domain.Text;

/// <summary>
/// The lower-case name of an enum value (<c>TwinKind.Station</c> → <c>station</c>), made once per
/// value: ingest names a kind, an interval or a state for every reading it writes.
/// </summary>
public static class LowerName
{
    /// <summary>The lower-case name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Names<T>.ByValue.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());
    }
}
