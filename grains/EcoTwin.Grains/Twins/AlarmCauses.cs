namespace EcoTwin.Grains.Twins;

/// <summary>The alarm causes twins raise, and their details in words.</summary>
public static class AlarmCauses
{
    /// <summary>No data for the configured number of upload intervals.</summary>
    public const string Offline = "offline";

    /// <summary>The equipment reports a fault (D flag).</summary>
    public const string Fault = "fault";

    /// <summary>The prefix of exceedance causes: <c>exceedance:w01018</c>.</summary>
    public const string ExceedancePrefix = "exceedance:";

    /// <summary>The detail of an offline alarm.</summary>
    public static string OfflineDetail(DateTimeOffset? lastHeard) =>
        lastHeard is { } last ? $"no data since {last.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z" : "never heard from its device";

    /// <summary>The detail of a fault alarm.</summary>
    public static string FaultDetail(IEnumerable<string> factors) => "fault flag (D) on " + string.Join(", ", factors);
}
