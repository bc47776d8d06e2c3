namespace EcoTwin.Domain.Quality;

/// <summary>What an accumulator did with a sample. Anything but the two accepted outcomes left it unchanged.</summary>
public enum SampleOutcome
{
    /// <summary>A valid (N) sample, counted in the average.</summary>
    Accepted,

    /// <summary>A sample with a flag other than N: counted as invalid, its flag recorded, its value not used.</summary>
    AcceptedInvalid,

    /// <summary>The sample's time is not inside the accumulator's hour.</summary>
    OutsideInterval,

    /// <summary>The sample is not later than the last one taken (a repeat or a late sample).</summary>
    OutOfOrder,

    /// <summary>A sample flagged N whose value is NaN or infinite.</summary>
    NotFinite,
}
