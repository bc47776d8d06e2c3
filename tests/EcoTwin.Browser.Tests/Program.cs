using EcoTwin.Browser.Tests.Bench;

// `dotnet test` runs the browser tests; `dotnet run -c Release --project tests/EcoTwin.Browser.Tests -- bench [options]`
// runs the UI benchmark (Bench/UiBench.cs).
if (args is ["bench", .. var options])
{
    return await UiBench.RunAsync(options);
}

Console.Error.WriteLine("usage: dotnet run -c Release --project tests/EcoTwin.Browser.Tests -- bench [--twins 10000] [--clients 20] [--map-pages 1] [--view table|flow|map] [--devices 300] [--seconds 30] [--rate 200] [--feeds 19] [--warmup 5] [--paint-runs 5] [--profile true] [--trace true]");
return 2;
