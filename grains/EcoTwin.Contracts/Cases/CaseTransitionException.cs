using System.Collections.Immutable;

namespace EcoTwin.Contracts.Cases;

/// <summary>An action not allowed in the case's current stage (answered 409, naming the stage and the allowed actions).</summary>
[GenerateSerializer, Alias("EcoTwin.CaseTransitionException")]
public sealed class CaseTransitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseTransitionException(string caseId, CaseStatus status, string action, ImmutableArray<string> allowed, string message)
        : base(message)
    {
        CaseId = caseId;
        Status = status;
        Action = action;
        Allowed = allowed;
    }

    /// <summary>The case.</summary>
    [Id(0)]
    public string CaseId { get; }

    /// <summary>Its current stage.</summary>
    [Id(1)]
    public CaseStatus Status { get; }

    /// <summary>The refused action.</summary>
    [Id(2)]
    public string Action { get; }

    /// <summary>The actions allowed now.</summary>
    [Id(3)]
    public ImmutableArray<string> Allowed { get; }
}
