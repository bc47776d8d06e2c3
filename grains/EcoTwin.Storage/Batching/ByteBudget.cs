namespace EcoTwin.Storage.Batching;

/// <summary>
/// A bound on the bytes held in a queue at once: a producer takes room before it queues, the
/// consumer gives it back once written. Thread-safe. One item larger than the whole budget is
/// still admitted into an empty queue, so nothing is refused forever.
/// </summary>
public sealed class ByteBudget(long capacity)
{
    private long _held;

    /// <summary>The most bytes held at once.</summary>
    public long Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A byte budget must be positive.");

    /// <summary>Bytes held now.</summary>
    public long Held => Interlocked.Read(ref _held);

    /// <summary>Takes room for <paramref name="bytes"/>; false (and nothing taken) when it does not fit.</summary>
    public bool TryTake(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        while (true)
        {
            var held = Interlocked.Read(ref _held);
            if (held > 0 && held + bytes > Capacity)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _held, held + bytes, held) == held)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back room taken for <paramref name="bytes"/>.</summary>
    public void Release(long bytes) => Interlocked.Add(ref _held, -bytes);
}
