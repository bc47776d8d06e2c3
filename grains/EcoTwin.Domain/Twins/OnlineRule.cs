namespace EcoTwin.Domain.Twins;

/// <summary>When a twin counts as online: it heard from its device within <c>missed</c> upload intervals.</summary>
public static class OnlineRule
{
    /// <summary>Whether a device last heard at <paramref name="lastHeard"/> is online at <paramref name="now"/>.</summary>
    public static bool IsOnline(DateTimeOffset? lastHeard, DateTimeOffset now, TimeSpan interval, int missed) =>
        lastHeard is { } last && now - last <= interval * missed;

    /// <summary>When a device last heard at <paramref name="lastHeard"/> goes offline if it stays silent.</summary>
    public static DateTimeOffset OfflineAt(DateTimeOffset lastHeard, TimeSpan interval, int missed) => lastHeard + (interval * missed);
}
