namespace GeoOpgave.Web.Components.Map;

/// <summary>How the scores of a choropleth are divided into colour classes.</summary>
public enum ClassMethod
{
    /// <summary>Each class holds about as many buurten.</summary>
    Quantiles,

    /// <summary>Each class spans as many score points.</summary>
    EqualIntervals,

    /// <summary>Jenks natural breaks: the classes with the least spread within them.</summary>
    NaturalBreaks,

    /// <summary>Breaks the user typed.</summary>
    Manual,
}
