namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>Awaits a condition that becomes true by itself (a server starting, a process exiting).</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) => TrueAsync(condition, timeout, () => what);

    /// <summary>As above, with the failure message made when it fails (e.g. to include a process's output by then).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting after {timeout.TotalSeconds:0} s: {what()}");
            }

            await Task.Delay(100);
        }
    }
}
