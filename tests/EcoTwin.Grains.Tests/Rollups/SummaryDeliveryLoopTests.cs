using System.Collections.Concurrent;
using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Rollups;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoTwin.Grains.Tests.Rollups;

public sealed class SummaryDeliveryLoopTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Failed_delivery_is_tried_again_with_the_newer_summaries_that_came_meanwhile()
    {
        var delivered = new BlockingCollection<IReadOnlyList<TwinSummary>>();
        var failedOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var loop = new SummaryDeliveryLoop(
            batch =>
            {
                if (failedOnce.TrySetResult())
                {
                    throw new TimeoutException("the district did not answer");
                }

                delivered.Add(batch);
                return Task.CompletedTask;
            },
            TimeSpan.FromMilliseconds(200),
            NullLogger.Instance);

        loop.Post([Station("a", 1), Station("b", 1)]);
        await failedOnce.Task.WaitAsync(Wait);
        loop.Post([Station("a", 2)]);

        Assert.True(delivered.TryTake(out var retried, Wait), "the failed batch was not tried again");
        Assert.Equal([("a", 2L), ("b", 1L)], Versions(retried));
    }

    [Fact]
    public async Task Batches_posted_while_a_delivery_runs_go_in_one_delivery_newest_per_twin()
    {
        var delivered = new BlockingCollection<IReadOnlyList<TwinSummary>>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var loop = new SummaryDeliveryLoop(
            async batch =>
            {
                if (started.TrySetResult())
                {
                    await release.Task;
                }

                delivered.Add(batch);
            },
            TimeSpan.FromMilliseconds(200),
            NullLogger.Instance);

        loop.Post([Station("a", 1)]);
        await started.Task.WaitAsync(Wait);
        loop.Post([Station("a", 3)]);
        loop.Post([Station("a", 2), Station("b", 1)]);
        loop.Post([]);
        release.SetResult();

        Assert.True(delivered.TryTake(out var first, Wait));
        Assert.Equal([("a", 1L)], Versions(first));
        Assert.True(delivered.TryTake(out var merged, Wait));
        Assert.Equal([("a", 3L), ("b", 1L)], Versions(merged));
    }

    private static List<(string Key, long Version)> Versions(IReadOnlyList<TwinSummary>? batch) =>
        [.. batch!.Select(s => (s.Key, s.Version)).OrderBy(p => p.Key, StringComparer.Ordinal)];

    private static TwinSummary Station(string key, long version) => new(
        TwinKind.Station, key, key, "air", "320402", null, null, TwinStatus.Normal, null, null, [],
        ImmutableDictionary<string, double>.Empty, null, 0, version);
}
