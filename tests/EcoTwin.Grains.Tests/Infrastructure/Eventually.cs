namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>Awaits a state that the roll-ups reach by themselves (the change feed flushes every 250 ms).</summary>
public static class Eventually
{
    /// <summary>Reads <paramref name="read"/> until <paramref name="done"/> holds; fails after 10 s with the last value.</summary>
    public static async Task<T> ReachesAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting after 10 s for {what}; last: {value}");
            }

            await Task.Delay(50);
        }
    }
}
