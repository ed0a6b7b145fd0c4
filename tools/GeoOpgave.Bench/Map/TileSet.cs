using GeoOpgave.Bench.Workloads;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Map;

/// <summary>WebMercatorQuad tiles covering the workload extent (by default at z 7–12): all of a zoom, or a seeded
/// sample of at most <c>perZoom</c>.</summary>
internal static class TileSet
{
    public static List<(int Z, int X, int Y)> Covering(
        BenchExtent extent,
        int perZoom,
        int seed,
        int minZoom = 7,
        int maxZoom = 12
    )
    {
        var box = GeometryTransformer
            .RdNewToWgs84.Transform(new GeometryFactory(new PrecisionModel(), 28992).ToGeometry(extent.Envelope))
            .EnvelopeInternal;
        var random = new Random(seed);
        var tiles = new List<(int, int, int)>();
        for (var z = minZoom; z <= maxZoom; z++)
        {
            var (x0, y0) = Tile(box.MinX, box.MaxY, z);
            var (x1, y1) = Tile(box.MaxX, box.MinY, z);
            var all = (
                from x in Enumerable.Range(x0, x1 - x0 + 1)
                from y in Enumerable.Range(y0, y1 - y0 + 1)
                select (z, x, y)
            ).ToList();
            tiles.AddRange(all.Count <= perZoom ? all : all.OrderBy(_ => random.Next()).Take(perZoom));
        }

        return tiles;
    }

    private static (int X, int Y) Tile(double lon, double lat, int z)
    {
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var radians = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(radians) + (1 / Math.Cos(radians))) / Math.PI)) / 2 * n);
        return (Math.Clamp(x, 0, n - 1), Math.Clamp(y, 0, n - 1));
    }
}
