namespace EcoTwin.Bench;

/// <summary>One measured figure.</summary>
public sealed record BenchRow(string Area, string Measure, double Value, string Notes);
