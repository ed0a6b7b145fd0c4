namespace GeoOpgave.Core.Werken;

/// <summary>A kind of planned work from a profile's catalogue, e.g. riolering or warmtenet.</summary>
/// <param name="Id">Stable id, e.g. "riolering".</param>
/// <param name="Name">Dutch display name.</param>
/// <param name="Synonyms">Free-text values (lower case) that a source may use for this kind, e.g. "grp",
/// "riool".</param>
public sealed record Werksoort(string Id, string Name, IReadOnlyList<string> Synonyms)
{
    /// <summary>
    /// True when this kind of work opens the street (digging, repaving); two such works of different owners on the
    /// same street within a few years are a planning conflict.
    /// </summary>
    public bool OpensStreet { get; init; }
}
