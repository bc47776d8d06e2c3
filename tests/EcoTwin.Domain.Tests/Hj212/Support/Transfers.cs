using EcoTwin.Domain.Hj212;

namespace EcoTwin.Domain.Tests.Hj212.Support;

/// <summary>Parts of subpackaged hourly transfers for the reassembler tests.</summary>
internal static class Transfers
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 15, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Part <paramref name="pno"/> of <paramref name="pnum"/> with a DataTime and one item of <paramref name="factor"/>.</summary>
    public static Hj212Packet Part(string qn, int pnum, int pno, string factor) => new()
    {
        Qn = qn,
        St = "32",
        Cn = "2061",
        Pw = "123456",
        Mn = "MN1",
        Flag = 7,
        Pnum = pnum,
        Pno = pno,
        Cp = [new("DataTime", "20240315100000"), new($"{factor}-Rtd", "1")],
    };
}
