namespace EcoTwin.Domain.Quality;

/// <summary>A set of <see cref="DataFlag"/>s in one byte, e.g. the flags of the invalid samples of an hour.</summary>
/// <param name="Bits">One bit per flag, in <see cref="DataFlags.All"/> order (N = bit 0 ... B = bit 7).</param>
public readonly record struct DataFlagSet(byte Bits)
{
    /// <summary>The empty set.</summary>
    public static DataFlagSet Empty => default;

    /// <summary>True when the set holds no flag.</summary>
    public bool IsEmpty => Bits == 0;

    /// <summary>The flags in the set, in <see cref="DataFlags.All"/> order.</summary>
    public IEnumerable<DataFlag> Flags
    {
        get
        {
            var bits = Bits;
            return DataFlags.All.Where(f => (bits & Bit(f)) != 0);
        }
    }

    /// <summary>True when the flag is in the set.</summary>
    public bool Contains(DataFlag flag) => (Bits & Bit(flag)) != 0;

    /// <summary>The set with the flag added.</summary>
    public DataFlagSet Add(DataFlag flag) => new((byte)(Bits | Bit(flag)));

    /// <summary>The flag letters, e.g. "MC".</summary>
    public override string ToString() => string.Concat(Flags.Select(f => f.Letter()));

    private static int Bit(DataFlag flag) => flag switch
    {
        DataFlag.Normal => 1 << 0,
        DataFlag.Stopped => 1 << 1,
        DataFlag.Maintenance => 1 << 2,
        DataFlag.ManualValue => 1 << 3,
        DataFlag.Fault => 1 << 4,
        DataFlag.Calibration => 1 << 5,
        DataFlag.AboveUpperLimit => 1 << 6,
        DataFlag.CommunicationFault => 1 << 7,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown data flag."),
    };
}
