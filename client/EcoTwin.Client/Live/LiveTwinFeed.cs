using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoTwin.Contracts.Twins;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Client.Live;

/// <summary>
/// The live twin feed for .NET clients, as the browsers get it: join the group, buffer changes,
/// load the snapshot, then apply snapshot and changes by per-twin version, so nothing is missed or
/// applied twice — also across reconnects.
/// </summary>
public sealed class LiveTwinFeed : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    private readonly HubConnection _hub;
    private readonly HttpClient _http;
    private readonly WatchTarget _target;
    private readonly Action<TwinSummary> _onChange;
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private List<TwinSummary>? _buffer;

    private LiveTwinFeed(Uri api, string? apiKey, WatchTarget target, Action<TwinSummary> onChange)
    {
        _target = target;
        _onChange = onChange;
        _http = ApiKey.CreateClient(api, apiKey);
        _hub = new HubConnectionBuilder()
            .WithUrl(new Uri(api, "/hubs/twins"), options => ApiKey.Apply(options, apiKey))
            .WithAutomaticReconnect(new SteadyRetryPolicy())
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        _hub.On<TwinSummary[]>("changes", OnChangesAsync);
        _hub.Reconnected += async _ =>
        {
            await SynchroniseAsync(CancellationToken.None);
            Resynchronisations++;
        };
    }

    /// <summary>How many times the feed reconnected and resynchronised.</summary>
    public int Resynchronisations { get; private set; }

    /// <summary>
    /// Connects to the silo at <paramref name="api"/> and calls <paramref name="onChange"/> for the current state and every change of
    /// <paramref name="target"/>, signed in with the API key in ECOTWIN_API_KEY (if set).
    /// </summary>
    public static Task<LiveTwinFeed> StartAsync(Uri api, WatchTarget target, Action<TwinSummary> onChange, CancellationToken cancellationToken = default) =>
        StartAsync(api, ApiKey.FromEnvironment(), target, onChange, cancellationToken);

    /// <summary>As above, signed in with <paramref name="apiKey"/> (<c>Authorization: Bearer</c>).</summary>
    public static async Task<LiveTwinFeed> StartAsync(Uri api, string? apiKey, WatchTarget target, Action<TwinSummary> onChange, CancellationToken cancellationToken = default)
    {
        var feed = new LiveTwinFeed(api, apiKey, target, onChange);
        await feed._hub.StartAsync(cancellationToken);
        await feed.SynchroniseAsync(cancellationToken);
        return feed;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        _http.Dispose();
        _gate.Dispose();
    }

    private async Task SynchroniseAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        _buffer = [];
        _gate.Release();
        if (_target.Argument is { } argument)
        {
            await _hub.InvokeAsync(_target.HubMethod, argument, cancellationToken);
        }
        else
        {
            await _hub.InvokeAsync(_target.HubMethod, cancellationToken);
        }

        var snapshot = await _http.GetFromJsonAsync<Snapshot>("/api/twins/snapshot", Json, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var buffered = _buffer;
            _buffer = null;
            foreach (var summary in (snapshot?.Items ?? []).Concat(buffered))
            {
                Apply(summary);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task OnChangesAsync(TwinSummary[] changes)
    {
        await _gate.WaitAsync();
        try
        {
            foreach (var change in changes)
            {
                if (_buffer is { } buffer)
                {
                    buffer.Add(change);
                }
                else
                {
                    Apply(change);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Apply(TwinSummary summary)
    {
        if (!_target.Includes(summary) || (_versions.TryGetValue(summary.Id, out var held) && held >= summary.Version))
        {
            return;
        }

        _versions[summary.Id] = summary.Version;
        _onChange(summary);
    }

    private sealed record Snapshot(List<TwinSummary> Items);
}
