namespace GeoOpgave.Application.Export;

/// <summary>Where a published feature collection's features come from.</summary>
public enum CollectionKind
{
    /// <summary>CBS areas of one level (gemeenten, wijken) with their codes and names.</summary>
    Areas,

    /// <summary>The CBS buurten with the analysis of a profiel as properties.</summary>
    Analysis,

    /// <summary>An imported vector layer with its own fields.</summary>
    Layer,

    /// <summary>The planned works of every works layer (<see cref="WerkenCollection"/>).</summary>
    Werken,

    /// <summary>The saved selecties: one feature per selectie, geometry the union of its buurten.</summary>
    Selecties,
}
