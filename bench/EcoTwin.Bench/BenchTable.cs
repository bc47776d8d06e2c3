using System.Globalization;

namespace EcoTwin.Bench;

/// <summary>Prints benchmark rows as a Markdown table with the machine they ran on.</summary>
public static class BenchTable
{
    /// <summary>Prints <paramref name="rows"/>, with the load average at the start and the end of the run.</summary>
    public static void Print(IReadOnlyList<BenchRow> rows, string loadBefore, string loadAfter)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"Load average (1/5/15 min): {loadBefore} at the start, {loadAfter} at the end; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| area | measure | value | notes |");
        Console.WriteLine("| --- | --- | ---: | --- |");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.Area} | {row.Measure} | {row.Value.ToString("N0", CultureInfo.InvariantCulture)} | {row.Notes} |");
        }
    }
}
