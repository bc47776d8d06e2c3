using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoTwin.Integration.Tests.Storage;

public sealed class BatchWriterTests
{
    [Fact]
    public async Task Posts_from_many_threads_are_all_written_once_and_flush_waits_for_them()
    {
        await using var writer = new GatedWriter(open: true);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                writer.Post([(thread * 1000) + i]);
            }
        })));
        await writer.FlushAsync();

        Assert.Equal(Enumerable.Range(0, 8000), writer.Written.Order());
        Assert.Equal(0, writer.Queued);
    }

    [Fact]
    public async Task A_producer_waiting_for_the_backlog_goes_on_once_enough_is_written()
    {
        await using var writer = new GatedWriter(open: false);
        writer.Post(Enumerable.Range(0, 10));
        await writer.Started.Task; // the first batch is being written, and held

        writer.Post(Enumerable.Range(10, 10));
        var waiting = writer.WhenBacklogAtMostAsync(5).AsTask();
        Assert.False(waiting.IsCompleted);

        writer.Open();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(writer.Queued <= 5);
        Assert.True(writer.WhenBacklogAtMostAsync(100).IsCompleted);
    }

    private sealed class GatedWriter(bool open) : BatchWriter<int>(NullLogger.Instance, maxBatch: 100)
    {
        private readonly TaskCompletionSource _gate = NewGate(open);

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<int> Written { get; } = [];

        public void Open() => _gate.TrySetResult();

        protected override async Task WriteAsync(IReadOnlyList<int> batch)
        {
            Started.TrySetResult();
            await _gate.Task;
            Written.AddRange(batch);
        }

        private static TaskCompletionSource NewGate(bool open)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (open)
            {
                gate.SetResult();
            }

            return gate;
        }
    }
}
