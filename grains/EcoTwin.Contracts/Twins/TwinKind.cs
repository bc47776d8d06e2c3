namespace EcoTwin.Contracts.Twins;

/// <summary>The kinds of twin.</summary>
[GenerateSerializer, Alias("EcoTwin.TwinKind")]
public enum TwinKind
{
    /// <summary>A monitoring station (air, water, noise).</summary>
    Station = 0,

    /// <summary>A discharge outlet with online monitoring.</summary>
    Source = 1,

    /// <summary>An enterprise.</summary>
    Enterprise = 2,

    /// <summary>An administrative district.</summary>
    District = 3,

    /// <summary>The whole city.</summary>
    City = 4,
}
