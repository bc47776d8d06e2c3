namespace EcoTwin.Domain.Air;

/// <summary>The IAQI of one item in an <see cref="AqiResult"/>.</summary>
/// <param name="Item">The item (pollutant and averaging period).</param>
/// <param name="Concentration">The concentration that was indexed, in the item's unit.</param>
/// <param name="Value">The IAQI, 0..500.</param>
public readonly record struct IaqiEntry(AqiItem Item, decimal Concentration, int Value)
{
    /// <summary>The pollutant of the item.</summary>
    public AqiPollutant Pollutant => Item.Pollutant();

    /// <summary>True when the item is over the standard (IAQI &gt; 100).</summary>
    public bool IsOverStandard => Value > 100;
}
