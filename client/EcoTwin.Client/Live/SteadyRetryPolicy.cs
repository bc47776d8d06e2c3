using Microsoft.AspNetCore.SignalR.Client;

namespace EcoTwin.Client.Live;

/// <summary>Reconnects every second for the first half minute, then every five seconds, forever: a watcher outlives silo restarts.</summary>
internal sealed class SteadyRetryPolicy : IRetryPolicy
{
    /// <inheritdoc />
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        retryContext.ElapsedTime < TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5);
}
