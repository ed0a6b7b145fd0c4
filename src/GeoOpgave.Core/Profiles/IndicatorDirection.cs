namespace GeoOpgave.Core.Profiles;

/// <summary>Which way an indicator pushes an opgave's urgency.</summary>
public enum IndicatorDirection
{
    /// <summary>A higher value makes the opgave more urgent (e.g. gas use).</summary>
    HigherIsMoreUrgent,

    /// <summary>A lower value makes the opgave more urgent (e.g. share of district heating).</summary>
    LowerIsMoreUrgent,
}
