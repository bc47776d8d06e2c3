using EcoTwin.Domain.Hj212;

namespace EcoTwin.Domain.Tests.Hj212.Support;

/// <summary>Parses data segments that must be valid.</summary>
internal static class Segments
{
    /// <summary>Parses the segment and fails the test with the parser's error if it is rejected.</summary>
    public static Hj212Packet Parse(string segment)
    {
        var result = Hj212Parser.Parse(Bytes.Of(segment));
        Assert.True(result.IsOk, result.Error?.ToString());
        return result.Packet;
    }
}
