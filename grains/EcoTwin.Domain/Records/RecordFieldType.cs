namespace EcoTwin.Domain.Records;

/// <summary>The type of a kind-specific field of a business record.</summary>
public enum RecordFieldType
{
    /// <summary>Free text, at most 4000 characters.</summary>
    Text = 0,

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date = 1,

    /// <summary>A number, zero or more.</summary>
    Number = 2,

    /// <summary>One of a fixed list of codes.</summary>
    Choice = 3,

    /// <summary>A permit's limits: a list of {outlet, factor, max, min, unit}.</summary>
    Limits = 4,
}
