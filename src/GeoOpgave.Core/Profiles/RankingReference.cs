namespace GeoOpgave.Core.Profiles;

/// <summary>Which buurten a buurt is ranked among when an indicator is normalised relative to others.</summary>
public enum RankingReference
{
    /// <summary>The buurten of the same gemeente (the default).</summary>
    Gemeente,

    /// <summary>All buurten loaded: useful for a small gemeente, or to compare gemeenten with each other.</summary>
    Alle,

    /// <summary>
    /// All buurten loaded of the same CBS stedelijkheid class (1 zeer sterk stedelijk … 5 niet stedelijk), so that a
    /// small gemeente's village buurten are ranked against village buurten elsewhere rather than against each other.
    /// </summary>
    Stedelijkheid,
}
