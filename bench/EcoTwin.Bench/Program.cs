using EcoTwin.Bench;

// dotnet run -c Release --project bench/EcoTwin.Bench -- [all|parse|twins|copy|ingest|push|cluster] : one table, measured in one run.
var what = args.Length > 0 ? args[0] : "all";
bool Runs(string area) => what == "all" || what == area;
var loadBefore = LoadAverage.Read();
var rows = new List<BenchRow>();
if (Runs("parse"))
{
    rows.AddRange(ParseBench.Run(TimeSpan.FromSeconds(5)));
}

if (Runs("twins"))
{
    rows.AddRange(await TwinsBench.RunAsync(100_000));
}

if (Runs("copy") || Runs("ingest") || Runs("push") || Runs("cluster"))
{
    await using var database = await BenchDatabase.StartAsync();
    var copy = await CopyBench.RunAsync(await database.CreateAsync("bench_copy"), 400_000);
    if (Runs("copy"))
    {
        rows.Add(new BenchRow("copy", "raw-log rows/s (COPY limit)", copy.PacketsPerSecond, "binary COPY, batches of 4000, one connection"));
        rows.Add(new BenchRow("copy", "reading rows/s (COPY limit)", copy.ReadingsPerSecond, "binary COPY, batches of 4000, one connection"));
    }

    var single = Runs("ingest") || Runs("cluster") ? await IngestBench.RunAsync(database, 1, IngestSettings.Devices, IngestSettings.Window, IngestSettings.WarmUp, IngestSettings.Measure) : null;
    if (single is not null)
    {
        rows.AddRange(IngestRows.Of("ingest", single, copy));
    }

    if (Runs("push"))
    {
        rows.AddRange(await PushBench.RunAsync(database, clients: 20, probes: 200));
    }

    if (Runs("cluster"))
    {
        var three = await IngestBench.RunAsync(database, 3, IngestSettings.Devices, IngestSettings.Window, IngestSettings.WarmUp, IngestSettings.Measure);
        rows.AddRange(IngestRows.Of("cluster", three, copy));
        rows.Add(new BenchRow("cluster", "3 silos / 1 silo (acked packets/s)", 100 * three.PacketsPerSecond / single!.PacketsPerSecond, "%, three silo processes sharing the bench PostgreSQL on the same cores"));
    }
}

BenchTable.Print(rows, loadBefore, LoadAverage.Read());
