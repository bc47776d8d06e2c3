namespace EcoTwin.Bench;

/// <summary>The table rows of an ingest run, beside the COPY limit for the same rows.</summary>
public static class IngestRows
{
    /// <summary>Rows for <paramref name="result"/> under <paramref name="area"/>.</summary>
    public static IEnumerable<BenchRow> Of(string area, IngestBench.Result result, (double PacketsPerSecond, double ReadingsPerSecond) copy)
    {
        // Per packet, ingest writes one raw-log row and six reading rows: COPY of the same rows takes 1/raw + 6/readings seconds.
        var copyPackets = 1 / ((1 / copy.PacketsPerSecond) + (IngestBench.FactorsPerPacket / copy.ReadingsPerSecond));
        var copyReadings = copyPackets * IngestBench.FactorsPerPacket;
        var setup = $"{result.Silos} silo{(result.Silos > 1 ? "s" : string.Empty)}, {result.Devices} devices, closed loop";
        yield return new BenchRow(area, "acked packets/s", result.PacketsPerSecond, $"{setup}; ack p50 {result.AckP50.TotalMilliseconds:0} ms, p99 {result.AckP99.TotalMilliseconds:0} ms");
        yield return new BenchRow(area, "readings/s end to end (stored)", result.ReadingsPerSecond, $"stored in the readings table in the window ({IngestBench.FactorsPerPacket} per packet, acked: {result.PacketsPerSecond * IngestBench.FactorsPerPacket:N0}/s); COPY of the same rows (1 raw + 6 readings): {copyReadings:N0}/s");
        yield return new BenchRow(area, "ingest / COPY (%)", 100 * result.ReadingsPerSecond / copyReadings, "readings/s against COPY of the same rows");
        yield return new BenchRow(area, "readings lag after stop (ms)", result.ReadingsLag.TotalMilliseconds, $"{result.BehindAtStop:N0} rows behind when the load stopped; {result.Readings:N0} rows in all");
    }
}
