namespace EcoTwin.Grains;

/// <summary>Names of the grain storage providers the twins use.</summary>
public static class GrainStorageNames
{
    /// <summary>Checkpoints of twin state.</summary>
    public const string Twins = "twins";
}
