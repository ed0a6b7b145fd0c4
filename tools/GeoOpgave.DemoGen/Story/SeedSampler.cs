using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Story;

/// <summary>A buurt seed: the point its Voronoi cell grows from and the wijk it belongs to.</summary>
internal sealed record Seed(Coordinate Point, WijkPlan Wijk);

/// <summary>
/// Draws the buurt seeds: points inside the gemeente, each wijk getting its planned number, kept apart by a
/// spacing that follows the wijk's size (so the small old centre gets small buurten and the polder large ones).
/// </summary>
internal static class SeedSampler
{
    private const int MaxAttempts = 500_000;

    public static IReadOnlyList<Seed> Sample(Polygon outline, DemoRandom random)
    {
        var spacing = Spacings(outline);
        var seeds = new List<Seed>();
        var envelope = outline.EnvelopeInternal;
        var need = WijkPlan.All.Sum(w => w.Seeds);
        for (var attempt = 0; attempt < MaxAttempts && seeds.Count < need; attempt++)
        {
            var p = new Coordinate(
                Math.Round(random.Uniform(envelope.MinX, envelope.MaxX)),
                Math.Round(random.Uniform(envelope.MinY, envelope.MaxY))
            );
            var wijk = WijkPlan.At(p);
            if (seeds.Count(s => s.Wijk == wijk) < wijk.Seeds
                && outline.Contains(outline.Factory.CreatePoint(p))
                && outline.ExteriorRing.Distance(outline.Factory.CreatePoint(p)) > spacing[wijk] / 4
                && seeds.All(s => s.Point.Distance(p) >= Math.Min(spacing[wijk], spacing[s.Wijk])))
            {
                seeds.Add(new Seed(p, wijk));
            }
        }

        if (seeds.Count < need)
        {
            throw new InvalidOperationException($"Only {seeds.Count} of {need} buurt seeds fit; loosen the spacing.");
        }

        // Buurt numbers run north to south, then west to east, within each wijk.
        return seeds
            .OrderBy(s => WijkPlan.All.ToList().IndexOf(s.Wijk))
            .ThenByDescending(s => s.Point.Y)
            .ThenBy(s => s.Point.X)
            .ToList();
    }

    // Spacing = 0.7 × the side of the square each seed would get if the wijk's area were shared out evenly.
    private static Dictionary<WijkPlan, double> Spacings(Polygon outline)
    {
        const double step = 50;
        var area = WijkPlan.All.ToDictionary(w => w, _ => 0.0);
        var envelope = outline.EnvelopeInternal;
        var locator = new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(outline);
        for (var x = envelope.MinX; x < envelope.MaxX; x += step)
        {
            for (var y = envelope.MinY; y < envelope.MaxY; y += step)
            {
                var p = new Coordinate(x, y);
                if (locator.Locate(p) == Location.Interior)
                {
                    area[WijkPlan.At(p)] += step * step;
                }
            }
        }

        return area.ToDictionary(a => a.Key, a => 0.7 * Math.Sqrt(a.Value / a.Key.Seeds));
    }
}
