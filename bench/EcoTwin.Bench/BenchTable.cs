using System.Globalization;

namespace EcoTwin.Bench;

/// <summary>Prints benchmark rows as a Markdown table with the machine they ran on.</summary>
public static class BenchTable
{
    /// <summary>Prints <paramref name="rows"/>.</summary>
    public static void Print(IReadOnlyList<BenchRow> rows)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| area | measure | value | notes |");
        Console.WriteLine("| --- | --- | ---: | --- |");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.Area} | {row.Measure} | {row.Value.ToString("N0", CultureInfo.InvariantCulture)} | {row.Notes} |");
        }
    }
}
