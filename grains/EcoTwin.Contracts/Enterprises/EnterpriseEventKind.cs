namespace EcoTwin.Contracts.Enterprises;

/// <summary>What happened to an enterprise's master data.</summary>
[GenerateSerializer, Alias("EcoTwin.EnterpriseEventKind")]
public enum EnterpriseEventKind
{
    /// <summary>First registered.</summary>
    Created = 0,

    /// <summary>The master data changed.</summary>
    Updated = 1,

    /// <summary>A data steward approved the current version.</summary>
    Approved = 2,

    /// <summary>The approved version was distributed to the other departments' systems.</summary>
    Distributed = 3,
}
