using System.Diagnostics.CodeAnalysis;

namespace EcoTwin.Domain.Hj212;

/// <summary>The outcome of parsing a data segment: a packet, or an error with a stable code.</summary>
public readonly record struct Hj212ParseResult
{
    private Hj212ParseResult(Hj212Packet? packet, Hj212Error? error)
    {
        Packet = packet;
        Error = error;
    }

    /// <summary>The packet, when parsing succeeded.</summary>
    public Hj212Packet? Packet { get; }

    /// <summary>The reason, when parsing failed.</summary>
    public Hj212Error? Error { get; }

    /// <summary>Whether a packet was parsed.</summary>
    [MemberNotNullWhen(true, nameof(Packet))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Packet is not null;

    /// <summary>A successful result.</summary>
    public static Hj212ParseResult Success(Hj212Packet packet) => new(packet, null);

    /// <summary>A failed result.</summary>
    public static Hj212ParseResult Failure(Hj212Error error) => new(null, error);

    /// <summary>A failed result with the given code and message.</summary>
    public static Hj212ParseResult Failure(string code, string message) => new(null, new Hj212Error(code, message));
}
