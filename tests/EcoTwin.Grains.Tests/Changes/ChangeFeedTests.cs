using System.Collections.Concurrent;
using System.Collections.Immutable;
using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoTwin.Grains.Tests.Changes;

public sealed class ChangeFeedTests
{
    [Fact]
    public async Task Change_that_goes_in_while_a_flush_takes_the_queue_is_pushed_by_a_later_flush()
    {
        // A twin that publishes once and never changes again is counted only if that one change is pushed:
        // here it is held half-way into the queue (comparing versions with the change it replaces) while a
        // flush takes that queue away.
        await using var feed = new GatedFeed();
        for (var attempt = 1; ; attempt++)
        {
            var key = $"twin/{attempt}";
            var newer = new Change(key, 2);
            var gate = feed.HoldOn(newer);
            feed.Publish(new Change(key, 1));
            var publishing = Task.Run(() => feed.Publish(newer));
            if (await Task.WhenAny(gate.Holding.Task, publishing) == publishing)
            {
                Assert.True(attempt < 10, "a flush came between the two changes ten times over");
                continue; // a flush took the older change first, so nothing was held: try again
            }

            await Eventually.ReachesAsync(() => Task.FromResult(feed.Pushed.GetValueOrDefault(key)), version => version == 1, "the flush that takes the older change");
            gate.Release.SetResult();
            await publishing;

            var pushed = await Eventually.ReachesAsync(() => Task.FromResult(feed.Pushed.GetValueOrDefault(key)), version => version == 2, "the newer change pushed");
            Assert.Equal(2, pushed);
            return;
        }
    }

    private sealed record Change(string Key, long Version);

    private sealed record Gate(Change Change, TaskCompletionSource Holding, TaskCompletionSource Release);

    /// <summary>A feed flushing every 100 ms whose version lookup of one chosen change waits at a gate.</summary>
    private sealed class GatedFeed : ChangeFeed<Change>
    {
        private Gate? _gate;

        public GatedFeed()
            : base(TimeSpan.FromMilliseconds(100), "test", NullLogger.Instance)
        {
            Start();
        }

        public ConcurrentDictionary<string, long> Pushed { get; } = new(StringComparer.Ordinal);

        /// <summary>Makes the version lookup of <paramref name="change"/> signal Holding, then wait for Release.</summary>
        public Gate HoldOn(Change change)
        {
            var gate = new Gate(change, new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
            Volatile.Write(ref _gate, gate);
            return gate;
        }

        protected override string KeyOf(Change change) => change.Key;

        protected override long VersionOf(Change change)
        {
            if (Volatile.Read(ref _gate) is { } gate && ReferenceEquals(gate.Change, change) && gate.Holding.TrySetResult())
            {
                gate.Release.Task.Wait();
            }

            return change.Version;
        }

        protected override Task PushAsync(ImmutableArray<Change> changes)
        {
            foreach (var change in changes)
            {
                Pushed.AddOrUpdate(change.Key, change.Version, (_, held) => Math.Max(held, change.Version));
            }

            return Task.CompletedTask;
        }
    }
}
