namespace EcoTwin.Domain.Codes;

/// <summary>The outcome of validating a unified social credit code: ok, or the first error with its details.</summary>
/// <param name="Error">The kind of error, <see cref="CreditCodeError.None"/> when valid.</param>
/// <param name="Message">A message for people (English); empty when valid.</param>
/// <param name="Position">The 1-based position of the offending character, when there is one.</param>
/// <param name="Expected">The expected check character (for <see cref="CreditCodeError.CheckCharacter"/>).</param>
/// <param name="Actual">The offending character.</param>
public sealed record CreditCodeCheck(CreditCodeError Error, string Message, int? Position = null, char? Expected = null, char? Actual = null)
{
    /// <summary>The outcome of a valid code.</summary>
    public static CreditCodeCheck Ok { get; } = new(CreditCodeError.None, string.Empty);

    /// <summary>True when the code is valid.</summary>
    public bool IsValid => Error == CreditCodeError.None;
}
