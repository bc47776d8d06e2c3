namespace EcoTwin.Contracts.MasterData;

/// <summary>What registering master data did to a twin (the PUT endpoints answer 201, 200 or 204 by it).</summary>
[GenerateSerializer, Alias("EcoTwin.MasterDataChange")]
public enum MasterDataChange
{
    /// <summary>The twin was not registered before.</summary>
    Created = 0,

    /// <summary>The master data differed and was replaced.</summary>
    Updated = 1,

    /// <summary>The master data was the same; nothing changed.</summary>
    Unchanged = 2,
}
