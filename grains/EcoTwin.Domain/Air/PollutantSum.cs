namespace EcoTwin.Domain.Air;

/// <summary>The sum and number of stations' hourly values of one pollutant in an area.</summary>
/// <param name="Sum">The sum of the values.</param>
/// <param name="Count">How many stations gave one.</param>
public sealed record PollutantSum(double Sum, int Count)
{
    /// <summary>The area average.</summary>
    public double Mean => Sum / Count;
}
