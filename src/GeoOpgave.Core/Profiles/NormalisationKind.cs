namespace GeoOpgave.Core.Profiles;

/// <summary>How an indicator's raw values are turned into 0–100 before they are weighted.</summary>
public enum NormalisationKind
{
    /// <summary>Percentile rank among the buurten of the same gemeente that have a value (the default).</summary>
    PercentileGemeente,

    /// <summary>Percentile rank among all buurten that are scored together, across gemeenten.</summary>
    PercentileAll,

    /// <summary>(value − minimum) / (maximum − minimum) × 100 within the gemeente; 50 when all values are
    /// equal.</summary>
    MinMax,

    /// <summary>
    /// z = (value − mean) / standard deviation within the gemeente (population standard deviation), mapped
    /// to 0–100 by the standard normal CDF, so the gemeente mean scores 50; 50 when all values are equal.
    /// </summary>
    ZScore,

    /// <summary>Piecewise-linear breakpoints in the indicator's own unit; see
    /// <see cref="Normalisation.Breakpoints"/>.</summary>
    Absolute,
}
