using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// The buurten of the workload: a Voronoi tessellation of seeded points clipped to the extent, vertices
/// snapped so neighbours share them exactly, every edge densified and wiggled identically for both
/// neighbours (an exact coverage), codes BU%08d in the order of the (random) sites.
/// </summary>
internal static class BuurtenGenerator
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 28992);

    public static (List<(string Code, Geometry Geometry)> Buurten, List<Coordinate> SharedVertices) Generate(
        BenchExtent extent,
        int seed
    )
    {
        var random = new Random(seed);
        var n = extent.Count(14_000);
        var sites = new List<Coordinate>(n);
        var siteIndex = new Dictionary<Coordinate, int>();
        while (sites.Count < n)
        {
            var site = new Coordinate(
                Math.Round(extent.MinX + (random.NextDouble() * (extent.MaxX - extent.MinX)), 1),
                Math.Round(extent.MinY + (random.NextDouble() * (extent.MaxY - extent.MinY)), 1));
            if (siteIndex.TryAdd(site, sites.Count))
            {
                sites.Add(site);
            }
        }

        var builder = new VoronoiDiagramBuilder { ClipEnvelope = extent.Envelope };
        builder.SetSites(sites);
        var cells = builder.GetDiagram(Factory);
        var snapper = new VertexSnapper();
        var uses = new Dictionary<Coordinate, int>();
        var buurten = new List<(int Site, Geometry Geometry)>();
        for (var k = 0; k < cells.NumGeometries; k++)
        {
            if (cells.GetGeometryN(k) is Polygon cell && Wiggle(cell, extent, snapper, uses) is { } polygon)
            {
                buurten.Add((siteIndex[(Coordinate)cell.UserData], polygon));
            }
        }

        var shared = uses.Where(u => u.Value >= 2 && !OnOuterEdge(u.Key, extent))
            .Select(u => u.Key)
            .OrderBy(c => c)
            .ToList();
        var result = buurten
            .OrderBy(b => b.Site)
            .Select(b => (string.Create(CultureInfo.InvariantCulture, $"BU{b.Site:D8}"), b.Geometry))
            .ToList();
        return (result, shared);
    }

    private static Polygon? Wiggle(
        Polygon cell,
        BenchExtent extent,
        VertexSnapper snapper,
        Dictionary<Coordinate, int> uses
    )
    {
        var corners = new List<Coordinate>();
        foreach (var c in cell.ExteriorRing.Coordinates.SkipLast(1))
        {
            var snapped = snapper.Snap(c.X, c.Y);
            if (corners.Count == 0 || !corners[^1].Equals2D(snapped))
            {
                corners.Add(snapped);
            }
        }

        while (corners.Count > 1 && corners[^1].Equals2D(corners[0]))
        {
            corners.RemoveAt(corners.Count - 1);
        }

        if (corners.Count < 3)
        {
            return null;
        }

        var ring = new List<Coordinate>();
        for (var i = 0; i < corners.Count; i++)
        {
            ring.Add(corners[i]);
            ring.AddRange(EdgeWiggle.Between(corners[i], corners[(i + 1) % corners.Count], extent));
        }

        foreach (var c in ring)
        {
            uses[c] = uses.GetValueOrDefault(c) + 1;
        }

        ring.Add(ring[0]);
        return Factory.CreatePolygon(ring.ToArray());
    }

    private static bool OnOuterEdge(Coordinate c, BenchExtent extent) =>
        c.X == extent.MinX || c.X == extent.MaxX || c.Y == extent.MinY || c.Y == extent.MaxY;
}
