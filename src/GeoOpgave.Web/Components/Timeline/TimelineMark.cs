namespace GeoOpgave.Web.Components.Timeline;

/// <summary>What a work takes part in, within one buurt; a work can be in several at once.</summary>
[Flags]
public enum TimelineMark
{
    None = 0,

    /// <summary>A koppelkans combines it with another work.</summary>
    Koppelkans = 1,

    /// <summary>It opens the same street as a work of another owner within the conflict window.</summary>
    Conflict = 2,

    /// <summary>A koppelkans would combine it if one plan moved.</summary>
    Verschuiven = 4,
}
