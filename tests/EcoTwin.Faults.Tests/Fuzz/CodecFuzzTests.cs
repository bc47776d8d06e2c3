using System.Diagnostics;
using EcoTwin.Domain.Hj212;
using EcoTwin.Faults.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EcoTwin.Faults.Tests.Fuzz;

/// <summary>
/// The codec under a flood of bad input (100 000 packets in CI, a million in the long run): random
/// and mutated packets, each followed by a good frame, streamed in random chunks. Nothing throws,
/// the framer always progresses and never holds more than one frame, and every good frame survives
/// its bad neighbours exactly once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class CodecFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Random_and_mutated_packets_never_throw_never_stall_the_framer_and_never_cost_a_good_frame()
    {
        var count = FaultScale.Current.FuzzPackets;
        var report = new FaultReport(output, $"codec fuzz: {count:N0} random and mutated packets");
        await report.RunAsync(() =>
        {
            var corpus = new FuzzCorpus(seed: 2017);
            var framer = new StreamingFramer();
            var chunks = new Random(212);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                var bad = corpus.Next();
                _ = Hj212Parser.ParseFrame(bad);
                _ = Hj212Parser.Parse(bad);
                byte[] stream = [.. bad, .. FuzzCorpus.Good(i)];
                for (var at = 0; at < stream.Length;)
                {
                    var size = Math.Min(stream.Length - at, chunks.Next(1, 600));
                    framer.Feed(stream.AsSpan(at, size));
                    at += size;
                }
            }

            var lost = Enumerable.Range(0, count).Select(i => FuzzCorpus.GoodQn(i)).Count(qn => framer.GoodQns.GetValueOrDefault(qn) != 1);
            report.Line($"{count:N0} bad packets + {count:N0} good ones, {framer.BytesIn / 1e6:0.0} MB in random chunks, {clock.Elapsed.TotalSeconds:0.0} s");
            report.Line($"frames {framer.Frames:N0} (good ones recovered {framer.GoodQns.Count:N0}, lost or doubled {lost}), junk bytes {framer.JunkBytes:N0}, " +
                $"longest wait {framer.LongestWait} bytes, errors: {string.Join(", ", framer.Errors.Select(e => $"{e.Key} {e.Value:N0}"))}");

            Assert.Empty(framer.Violations);
            Assert.Equal(0, lost);
            Assert.Equal(framer.BytesIn, framer.BytesConsumed + framer.Pending);
            return Task.CompletedTask;
        });
    }
}
