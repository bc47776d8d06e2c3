namespace EcoTwin.Domain.Codes;

/// <summary>Why a unified social credit code was rejected, in the order the checks run.</summary>
public enum CreditCodeError
{
    /// <summary>The code is valid.</summary>
    None,

    /// <summary>Not exactly 18 characters (or null).</summary>
    Length,

    /// <summary>A character outside 0-9 and A-Z without I, O, Z, S, V, or a non-digit in positions 3-8.</summary>
    IllegalCharacter,

    /// <summary>Position 1 is not a known registration authority code.</summary>
    RegistrationAuthority,

    /// <summary>Position 18 is not the check character computed from positions 1-17.</summary>
    CheckCharacter,
}
