namespace EcoTwin.Client.Api;

/// <summary>What a master-data PUT did.</summary>
public enum PutResult
{
    /// <summary>201: the twin was new.</summary>
    Created,

    /// <summary>200: its master data changed.</summary>
    Updated,

    /// <summary>204: it was already as sent.</summary>
    Unchanged,

    /// <summary>The API refused it (the reason says why).</summary>
    Rejected,
}
