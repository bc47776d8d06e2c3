using EcoTwin.Contracts.MasterData;

namespace EcoTwin.Silo.Demo;

/// <summary>What seeding did to one kind of twin: how many were created, updated or already as given.</summary>
public sealed class DemoSeedCounts
{
    private int _created;
    private int _updated;
    private int _unchanged;

    /// <summary>Newly registered.</summary>
    public int Created => _created;

    /// <summary>Registered before with other master data.</summary>
    public int Updated => _updated;

    /// <summary>Registered before with the same master data.</summary>
    public int Unchanged => _unchanged;

    /// <summary>All of them.</summary>
    public int Total => _created + _updated + _unchanged;

    /// <summary>Counts one registration (thread-safe).</summary>
    public void Add(MasterDataChange change)
    {
        if (change == MasterDataChange.Created)
        {
            Interlocked.Increment(ref _created);
        }
        else if (change == MasterDataChange.Updated)
        {
            Interlocked.Increment(ref _updated);
        }
        else
        {
            Interlocked.Increment(ref _unchanged);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged";
}
