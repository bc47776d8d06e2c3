namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>Random keys so tests on the shared cluster do not see each other's twins.</summary>
public static class TestKeys
{
    /// <summary>A fresh station code of the form ST + 14 hex digits.</summary>
    public static string Station() => "ST" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();

    /// <summary>A fresh valid unified social credit code registered in 320411.</summary>
    public static string Enterprise()
    {
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var first17 = "91320411" + string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]));
        return first17 + Domain.Codes.CreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>A fresh outlet MN of the form SO + 14 hex digits.</summary>
    public static string Source() => "SO" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();
}
