using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Werken;

/// <summary>A planned work: a line, polygon or point in RD New with its kind, period and owner.</summary>
/// <param name="Id">Stable id, e.g. "riool_grp:3" (layer and feature index).</param>
/// <param name="Geometry">The geometry in RD New (EPSG:28992, metres).</param>
/// <param name="Soort">The <see cref="Werksoort"/> id.</param>
/// <param name="Naam">The name or description, or null.</param>
/// <param name="Start">The first year of the work, or null when unknown.</param>
/// <param name="Eind">The last year of the work (equal to <paramref name="Start"/> for a one-year work), or
/// null.</param>
/// <param name="Eigenaar">The owner (gemeente, netbeheerder, corporatie), or null.</param>
/// <param name="Status">The planning status as the source says it, or null.</param>
public sealed record PlannedWork(
    string Id,
    Geometry Geometry,
    string Soort,
    string? Naam,
    int? Start,
    int? Eind,
    string? Eigenaar,
    string? Status
)
{
    /// <summary>
    /// Placed by its buurt code only (a works list without geometry): <see cref="Geometry"/> is the whole buurt and the
    /// street is not known, so the work meets others in its buurt, not on a street.
    /// </summary>
    public bool BuurtOnly { get; init; }

    /// <summary>True when the work's period overlaps the years <paramref name="van"/>–<paramref name="tot"/> (either
    /// open); a work without a period always does.</summary>
    public bool Overlaps(int? van, int? tot) =>
        (van is null || (Eind ?? Start) is not { } end || end >= van)
        && (tot is null || Start is not { } start || start <= tot);

    /// <summary>
    /// The whole years between this work's period and another's: 0 when they overlap or follow on in the same year,
    /// null when either has no start year.
    /// </summary>
    public int? YearsApart(PlannedWork other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Start is not { } start || other.Start is not { } otherStart)
        {
            return null;
        }

        var end = Math.Max(start, Eind ?? start);
        var otherEnd = Math.Max(otherStart, other.Eind ?? otherStart);
        return Math.Max(0, Math.Max(start, otherStart) - Math.Min(end, otherEnd));
    }
}
