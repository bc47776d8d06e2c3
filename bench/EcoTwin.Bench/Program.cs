using EcoTwin.Bench;

var what = args.Length > 0 ? args[0] : "all";
var rows = new List<BenchRow>();
if (what is "all" or "parse")
{
    rows.AddRange(ParseBench.Run(TimeSpan.FromSeconds(5)));
}

if (what is "all" or "twins")
{
    rows.AddRange(await TwinsBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100_000));
}

if (what is "all" or "copy")
{
    await using var database = await BenchDatabase.StartAsync();
    var (packets, readings) = await CopyBench.RunAsync(await database.CreateAsync("bench_copy"), 400_000);
    rows.Add(new BenchRow("copy", "raw-log rows/s (COPY limit)", packets, "binary COPY, batches of 4000, one connection"));
    rows.Add(new BenchRow("copy", "reading rows/s (COPY limit)", readings, "binary COPY, batches of 4000, one connection"));
}

BenchTable.Print(rows);
