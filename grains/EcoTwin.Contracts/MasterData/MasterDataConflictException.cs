namespace EcoTwin.Contracts.MasterData;

/// <summary>The twin's master data is not in a state that allows the step asked for (e.g. distributing before approval).</summary>
[GenerateSerializer, Alias("EcoTwin.MasterDataConflictException")]
public sealed class MasterDataConflictException(string message) : Exception(message);
