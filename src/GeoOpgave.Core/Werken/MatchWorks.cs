using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Core.Werken;

/// <summary>
/// Finds the works that lie on the same street or parcel: every pair whose buffers
/// (<see cref="MatchWorksParameters.BufferMeters"/>) overlap along at least
/// <see cref="MatchWorksParameters.MinimumOverlapMeters"/> of street, or where a point work (an address) lies within
/// the buffer of the other. Being in the same buurt is not enough: a sewer in one street and a heat network in the next
/// do not meet. Each meeting is attributed to the buurten that both works touch and that hold at least the minimum of
/// the shared street; when the shared stretch is split over a boundary so that no buurt holds that much, to the buurt
/// that holds the most. Periods are not compared here: every meeting carries <see cref="WorkMeeting.YearsApart"/>, so a
/// rule with any time window can use the same result. A work placed only by its buurt code
/// (<see cref="PlannedWork.BuurtOnly"/>) has no street: it meets every work in its buurt, with no shared length.
/// </summary>
public static class MatchWorks
{
    /// <summary>Measures the works per buurt and pairs the works that meet.</summary>
    public static MatchWorksResult Run(MatchWorksParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parameters.BufferMeters);
        ArgumentOutOfRangeException.ThrowIfNegative(parameters.MinimumOverlapMeters);
        var measured = MeasureWorks.Measure(new MeasureWorksParameters(parameters.Buurten, parameters.Works));
        var buurtenOf = measured
            .Rows.GroupBy(r => r.Work.Id, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => r.Buurtcode).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal
            );
        var areas = new Dictionary<string, Area>(StringComparer.Ordinal);
        foreach (var buurt in parameters.Buurten)
        {
            areas.TryAdd(buurt.Code, buurt);
        }

        // A work that touches no buurt cannot be attributed, so it is left out before the costly buffers.
        var works = parameters
            .Works.Where(w => buurtenOf.ContainsKey(w.Id))
            .OrderBy(w => w.Id, StringComparer.Ordinal)
            .ToArray();
        var buffers = works.Select(w => w.Geometry.Buffer(parameters.BufferMeters)).ToArray();
        var index = new STRtree<int>();
        for (var i = 0; i < works.Length; i++)
        {
            index.Insert(buffers[i].EnvelopeInternal, i);
        }

        var meetings = new List<WorkMeeting>();
        for (var i = 0; i < works.Length; i++)
        {
            foreach (var j in index.Query(buffers[i].EnvelopeInternal).Where(j => j > i).Order())
            {
                var shared = buurtenOf[works[i].Id]
                    .Intersect(buurtenOf[works[j].Id])
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (shared.Length > 0 && !string.Equals(works[i].Id, works[j].Id, StringComparison.Ordinal))
                {
                    var pair = new Pair(works[i], works[j], buffers[i], buffers[j]);
                    meetings.AddRange(Meet(pair, shared.Select(c => areas[c]).ToArray(), parameters));
                }
            }
        }

        return new MatchWorksResult(
            measured.Rows,
            meetings
                .OrderBy(m => m.Buurtcode, StringComparer.Ordinal)
                .ThenBy(m => m.First.Id, StringComparer.Ordinal)
                .ThenBy(m => m.Second.Id, StringComparer.Ordinal)
                .ToList());
    }

    private static IEnumerable<WorkMeeting> Meet(
        Pair pair,
        IReadOnlyList<Area> buurten,
        MatchWorksParameters parameters
    )
    {
        var (a, b) = (pair.First, pair.Second);
        var years = a.YearsApart(b);
        if (a.BuurtOnly || b.BuurtOnly)
        {
            // A work known only by its buurt covers the whole buurt: its "street" would be every street, and the
            // overlap of two such works the buurt's area. They meet in the buurt, with no length to share.
            return buurten.Select(buurt => new WorkMeeting(buurt.Code, a, b, 0, 0, years)).ToArray();
        }

        if (a.Geometry.Dimension == Dimension.Point || b.Geometry.Dimension == Dimension.Point)
        {
            // An address has no length to share: it is on the street when it lies within the street's buffer.
            return a.Geometry.IsWithinDistance(b.Geometry, parameters.BufferMeters)
                ? buurten.Select(buurt => new WorkMeeting(buurt.Code, a, b, 0, 0, years)).ToArray()
                : [];
        }

        var zone = pair.FirstBuffer.Intersection(pair.SecondBuffer);
        var width = 2 * parameters.BufferMeters;
        var total = zone.Area / width;
        if (zone.IsEmpty || total < parameters.MinimumOverlapMeters)
        {
            return [];
        }

        var inBuurt = buurten
            .Select(buurt => (buurt.Code, LengthM: buurt.Geometry.Intersection(zone).Area / width))
            .ToArray();
        var held = inBuurt.Where(x => x.LengthM >= parameters.MinimumOverlapMeters).ToArray();
        if (held.Length == 0)
        {
            held = inBuurt.Where(x => x.LengthM > 0).OrderByDescending(x => x.LengthM).Take(1).ToArray();
        }

        return held.Select(x => new WorkMeeting(x.Code, a, b, total, x.LengthM, years)).ToArray();
    }

    private sealed record Pair(PlannedWork First, PlannedWork Second, Geometry FirstBuffer, Geometry SecondBuffer);
}
