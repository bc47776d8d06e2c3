namespace EcoTwin.Contracts.Cases;

/// <summary>The stage a case is in (same values as EcoTwin.Domain.Cases.CaseStage).</summary>
[GenerateSerializer, Alias("EcoTwin.CaseStatus")]
public enum CaseStatus
{
    /// <summary>Opened, not yet dispatched.</summary>
    Raised = 0,

    /// <summary>Given to an officer or a district team with a deadline.</summary>
    Dispatched = 1,

    /// <summary>Taken up and being handled.</summary>
    Handling = 2,

    /// <summary>Submitted; waits for review.</summary>
    Review = 3,

    /// <summary>Approved and closed.</summary>
    Closed = 4,
}
