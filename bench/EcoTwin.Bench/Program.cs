using System.Diagnostics;
using EcoTwin.Bench;

// dotnet run -c Release --project bench/EcoTwin.Bench -- [all|parse|twins|copy|ingest|push|cluster] : one table, measured in one run.
// Sized so that `all` takes about three minutes on two cores; progress and stage times go to stderr.
var what = args.Length > 0 ? args[0] : "all";
bool Runs(string area) => what == "all" || what == area;
var loadBefore = LoadAverage.Read();
var total = Stopwatch.StartNew();
var rows = new List<BenchRow>();
void Done(string stage, Stopwatch clock) => Console.Error.WriteLine($"  {stage} done in {clock.Elapsed.TotalSeconds:0} s ({total.Elapsed.TotalSeconds:0} s in all)");

if (Runs("parse"))
{
    var clock = Stopwatch.StartNew();
    rows.AddRange(ParseBench.Run(TimeSpan.FromSeconds(3)));
    Done("parse", clock);
}

if (Runs("twins"))
{
    var clock = Stopwatch.StartNew();
    rows.AddRange(await TwinsBench.RunAsync(100_000));
    Done("twins", clock);
}

if (Runs("copy") || Runs("ingest") || Runs("push") || Runs("cluster"))
{
    await using var database = await BenchDatabase.StartAsync();
    var clock = Stopwatch.StartNew();
    var copy = await CopyBench.RunAsync(await database.CreateAsync("bench_copy"), 200_000);
    Done("copy", clock);
    if (Runs("copy"))
    {
        rows.Add(new BenchRow("copy", "raw-log rows/s (COPY limit)", copy.PacketsPerSecond, "binary COPY, batches of 4000, one connection"));
        rows.Add(new BenchRow("copy", "reading rows/s (COPY limit)", copy.ReadingsPerSecond, "binary COPY, batches of 4000, one connection"));
    }

    clock.Restart();
    var single = Runs("ingest") || Runs("cluster") ? await IngestBench.RunAsync(database, 1, IngestSettings.Devices, IngestSettings.Window, IngestSettings.WarmUp, IngestSettings.Measure) : null;
    if (single is not null)
    {
        rows.AddRange(IngestRows.Of("ingest", single, copy));
        Done("ingest x1", clock);
    }

    if (Runs("push"))
    {
        clock.Restart();
        rows.AddRange(await PushBench.RunAsync(database, clients: 20, probes: 80));
        Done("push", clock);
    }

    if (Runs("cluster"))
    {
        clock.Restart();
        var three = await IngestBench.RunAsync(database, 3, IngestSettings.Devices, IngestSettings.Window, IngestSettings.WarmUp, IngestSettings.Measure);
        rows.AddRange(IngestRows.Of("cluster", three, copy));
        rows.Add(new BenchRow("cluster", "3 silos / 1 silo (acked packets/s)", 100 * three.PacketsPerSecond / single!.PacketsPerSecond, "%, three silo processes sharing the bench PostgreSQL on the same cores"));
        Done("ingest x3", clock);
    }
}

BenchTable.Print(rows, loadBefore, LoadAverage.Read());
