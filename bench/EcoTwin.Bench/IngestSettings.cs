namespace EcoTwin.Bench;

/// <summary>How the ingest benchmarks load the silos (environment variables override, for experiments).</summary>
public static class IngestSettings
{
    /// <summary>Benchmark devices, each on its own connection (ECOTWIN_BENCH_DEVICES).</summary>
    public static int Devices { get; } = Read("ECOTWIN_BENCH_DEVICES", 400);

    /// <summary>Packets each device keeps waiting for their answer (ECOTWIN_BENCH_WINDOW).</summary>
    public static int Window { get; } = Read("ECOTWIN_BENCH_WINDOW", 25);

    /// <summary>Load before measuring (ECOTWIN_BENCH_WARMUP, seconds).</summary>
    public static TimeSpan WarmUp { get; } = TimeSpan.FromSeconds(Read("ECOTWIN_BENCH_WARMUP", 5));

    /// <summary>The measured steady state (ECOTWIN_BENCH_SECONDS).</summary>
    public static TimeSpan Measure { get; } = TimeSpan.FromSeconds(Read("ECOTWIN_BENCH_SECONDS", 15));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
