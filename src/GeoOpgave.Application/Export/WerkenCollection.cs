using GeoOpgave.Core.Werken;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The fixed collection <c>werken</c>: every planned work of every works layer, with the properties of
/// <c>/api/werken</c>. Its time is the works' periods: a datetime interval selects the works whose years
/// (start through eind) it touches, and a work without a period is always there, as in <c>/api/werken</c>.
/// </summary>
public static class WerkenCollection
{
    public const string Id = "werken";

    public static FeatureCollectionInfo Info { get; } =
        new(
            Id,
            "Geplande werken",
            "Alle geplande werken van alle werkenlagen (riolering, warmtenet, renovatie, herinrichting, …) met werk_id, soort, naam, "
                + "start, eind, eigenaar en status. datetime kiest de werken waarvan de periode (start tot en met eind, in jaren) het interval raakt.",
            CollectionKind.Werken,
            "werk_id"
        );

    /// <summary>
    /// Every year some work runs in, ascending. A range of years touches a work exactly when it holds one of these, so
    /// snapping a datetime to them keeps the same works.
    /// </summary>
    public static IReadOnlyList<int> Years(IEnumerable<PlannedWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var years = new SortedSet<int>();
        foreach (var work in works)
        {
            if (work.Start is { } start)
            {
                for (var year = start; year <= Math.Max(start, work.Eind ?? start); year++)
                {
                    years.Add(year);
                }
            }
        }

        return [.. years];
    }
}
