namespace EcoTwin.Domain.Twins;

/// <summary>
/// The factors of one twin, created as samples arrive, with the hours that finished while applying.
/// Shared by the station and source live states.
/// </summary>
public sealed class FactorSet
{
    private readonly Dictionary<string, FactorLive> _factors = new(StringComparer.Ordinal);

    /// <summary>The factors by code.</summary>
    public IReadOnlyDictionary<string, FactorLive> ByCode => _factors;

    /// <summary>Applies <paramref name="samples"/>; returns the distinct hours that got a value, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Apply(IReadOnlyList<FactorSample> samples)
    {
        var hours = new SortedSet<DateTimeOffset>();
        foreach (var sample in samples)
        {
            if (!_factors.TryGetValue(sample.Code, out var factor))
            {
                _factors[sample.Code] = factor = new FactorLive(sample.Code);
            }

            hours.UnionWith(factor.Apply(sample));
        }

        return [.. hours];
    }

    /// <summary>Finishes every hour whose end plus <paramref name="grace"/> has passed; returns them, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> CloseDue(DateTimeOffset now, TimeSpan grace)
    {
        var hours = new SortedSet<DateTimeOffset>();
        foreach (var factor in _factors.Values)
        {
            hours.UnionWith(factor.CloseIfDue(now, grace));
        }

        return [.. hours];
    }

    /// <summary>The factors at rest, in code order.</summary>
    public FactorCheckpoint[] ToCheckpoint() => [.. _factors.Values.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => f.ToCheckpoint())];

    /// <summary>Restores factors from a checkpoint.</summary>
    public static FactorSet Restore(IEnumerable<FactorCheckpoint>? checkpoints)
    {
        var set = new FactorSet();
        foreach (var checkpoint in checkpoints ?? [])
        {
            set._factors[checkpoint.Code] = FactorLive.Restore(checkpoint);
        }

        return set;
    }
}
