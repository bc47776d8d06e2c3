using EcoTwin.Domain.MasterData;

namespace EcoTwin.Contracts.MasterData;

/// <summary>Master data sent to a twin was rejected; <see cref="Field"/> names the offending field.</summary>
[GenerateSerializer, Alias("EcoTwin.InvalidMasterDataException")]
public sealed class InvalidMasterDataException : Exception
{
    /// <summary>Creates the exception for one field error.</summary>
    public InvalidMasterDataException(FieldError error)
        : base($"{error.Field} {error.Message}")
    {
        Field = error.Field;
        Reason = error.Message;
    }

    /// <summary>The offending field.</summary>
    [Id(0)]
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    [Id(1)]
    public string Reason { get; }
}
