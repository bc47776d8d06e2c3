using System.Collections.Immutable;

namespace EcoTwin.Grains.Changes;

/// <summary>The observers of a registry grain, read again when older than a few seconds (a silo that joins is reached soon).</summary>
/// <typeparam name="TObserver">The observer interface.</typeparam>
public sealed class CachedObservers<TObserver>(Func<Task<ImmutableArray<TObserver>>> read)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private ImmutableArray<TObserver> _observers = [];
    private DateTime _readAt = DateTime.MinValue;

    /// <summary>The observers, read from the registry when the list is old.</summary>
    public async Task<ImmutableArray<TObserver>> GetAsync()
    {
        if (DateTime.UtcNow - _readAt > MaxAge)
        {
            _observers = await read();
            _readAt = DateTime.UtcNow;
        }

        return _observers;
    }
}
