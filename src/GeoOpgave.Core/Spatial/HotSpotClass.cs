namespace GeoOpgave.Core.Spatial;

/// <summary>What Gi* says about an area.</summary>
public enum HotSpotClass
{
    /// <summary>No value, Gi* undefined (all values equal, or the neighbourhood is the whole set), or fewer areas with
    /// a value than the test needs (<see cref="HotSpotParameters.MinimumAreas"/>).</summary>
    Unknown,
    NotSignificant,

    /// <summary>Significantly high values cluster here (z &gt; 0).</summary>
    HotSpot,

    /// <summary>Significantly low values cluster here (z &lt; 0).</summary>
    ColdSpot,
}
