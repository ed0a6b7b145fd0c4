using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// Flood- or heat-zone-like blobs: star-shaped polygons of 40 vertices, 50 m – 2 km across (log-uniform),
/// anywhere in the extent, with a klasse 1–5; they overlap each other and the buurt edges.
/// </summary>
internal static class ZonesGenerator
{
    private const int Vertices = 40;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 28992);

    public static IEnumerable<(string Klasse, Geometry Geometry)> Generate(BenchExtent extent, int seed)
    {
        var random = new Random(seed);
        var count = extent.Count(100_000);
        for (var k = 0; k < count; k++)
        {
            var cx = extent.MinX + (random.NextDouble() * (extent.MaxX - extent.MinX));
            var cy = extent.MinY + (random.NextDouble() * (extent.MaxY - extent.MinY));
            var radius = 25 * Math.Exp(random.NextDouble() * Math.Log(40));
            var phases = new[] { random.NextDouble() * 6.3, random.NextDouble() * 6.3, random.NextDouble() * 6.3 };
            var ring = new Coordinate[Vertices + 1];
            for (var v = 0; v < Vertices; v++)
            {
                var theta = 2 * Math.PI * v / Vertices;
                var wobble =
                    (0.18 * Math.Sin((2 * theta) + phases[0]))
                    + (0.12 * Math.Sin((3 * theta) + phases[1]))
                    + (0.05 * Math.Sin((7 * theta) + phases[2]));
                var r = radius * (0.65 + wobble + (0.04 * random.NextDouble()));
                ring[v] = new Coordinate(
                    Math.Round(cx + (r * Math.Cos(theta)), 2),
                    Math.Round(cy + (r * Math.Sin(theta)), 2)
                );
            }

            ring[Vertices] = ring[0];
            yield return ((1 + random.Next(5)).ToString(CultureInfo.InvariantCulture), Factory.CreatePolygon(ring));
        }
    }
}
