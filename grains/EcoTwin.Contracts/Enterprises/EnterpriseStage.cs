namespace EcoTwin.Contracts.Enterprises;

/// <summary>Where an enterprise's current master data version stands in review.</summary>
[GenerateSerializer, Alias("EcoTwin.EnterpriseStage")]
public enum EnterpriseStage
{
    /// <summary>Created or changed, waiting for approval.</summary>
    Pending = 0,

    /// <summary>Approved, not yet distributed.</summary>
    Approved = 1,

    /// <summary>Approved and distributed.</summary>
    Distributed = 2,
}
