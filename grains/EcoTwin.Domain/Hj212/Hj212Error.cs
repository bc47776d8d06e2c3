namespace EcoTwin.Domain.Hj212;

/// <summary>Why a frame or data segment was rejected: a stable code and a message for people.</summary>
/// <param name="Code">One of <see cref="Hj212ErrorCodes"/>.</param>
/// <param name="Message">What exactly is wrong, naming the field or value.</param>
public sealed record Hj212Error(string Code, string Message)
{
    /// <summary>The error as <c>code: message</c>, the form the CLI and logs print.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
