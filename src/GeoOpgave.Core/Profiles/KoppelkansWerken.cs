namespace GeoOpgave.Core.Profiles;

/// <summary>
/// The planned works a koppelkans needs. With one group: a work of one of its werksoorten touches the buurt. With two
/// groups: a work of the first group and a work of the second lie on the same street in the buurt (see
/// <see cref="Werken.MatchWorks"/>) with periods at most <see cref="WithinYears"/> apart.
/// </summary>
/// <param name="Groups">One or two groups of werksoort ids; a group is met by a work of any of its werksoorten.</param>
/// <param name="WithinYears">For two groups: how many years apart their periods may be at most.</param>
public sealed record KoppelkansWerken(IReadOnlyList<IReadOnlyList<string>> Groups, int WithinYears)
{
    /// <summary>True when the koppelkans pairs two works on the same street, false when one work in the buurt is
    /// enough.</summary>
    public bool IsPair => Groups.Count == 2;
}
