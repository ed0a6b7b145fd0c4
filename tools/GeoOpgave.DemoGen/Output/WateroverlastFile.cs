using GeoOpgave.Core.Crs;
using GeoOpgave.DemoGen.Story;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Output;

/// <summary>
/// Writes waterlogging and flood zones as irregular blobs (klasse 1 = little, 5 = severe): most in the polder, a
/// cluster in the low spots of the old centre, a few elsewhere. They overlap each other and buurt edges on purpose.
/// </summary>
internal static class WateroverlastFile
{
    public const string FileName = "wateroverlast_zones_demodam.geojson";
    private const int Zones = 180;

    private static readonly (string Bron, double MinRadius, double MaxRadius, double[] KlasseWeights)[] Kinds =
    [
        ("waterschap overstromingsmodel", 50, 190, [0.10, 0.20, 0.30, 0.25, 0.15]),
        ("stresstest hevige neerslag", 30, 110, [0.20, 0.30, 0.30, 0.15, 0.05]),
        ("meldingen bewoners", 25, 90, [0.45, 0.30, 0.15, 0.07, 0.03]),
    ];

    public static void Write(string directory, DemoMunicipality demo, DemoRandom random)
    {
        var areas = new[]
        {
            Union(demo, WijkType.Polder),
            Union(demo, WijkType.OudeKern),
            demo.Gemeente,
        };
        var features = new List<IFeature>();
        for (var zone = 0; zone < Zones; zone++)
        {
            var kind = random.Pick([0.45, 0.30, 0.25]);
            var (bron, minRadius, maxRadius, weights) = Kinds[kind];
            var centre = PointIn(areas[kind], random);
            var blob = Blob(centre, random.Uniform(minRadius, maxRadius), random);
            var klasse = random.Pick(weights) + 1L;
            features.Add(new Feature(blob, new AttributesTable { { "klasse", klasse }, { "bron", bron } }));
        }

        GeoJsonWriter.WriteFile(
            Path.Combine(directory, FileName),
            new VectorLayer("wateroverlast_zones_demodam", Srid.RdNew, features)
        );
    }

    /// <summary>A uniformly drawn point inside <paramref name="area"/>.</summary>
    internal static Coordinate PointIn(NetTopologySuite.Geometries.Geometry area, DemoRandom random)
    {
        var e = area.EnvelopeInternal;
        while (true)
        {
            var p = new Coordinate(
                Math.Round(random.Uniform(e.MinX, e.MaxX), 2),
                Math.Round(random.Uniform(e.MinY, e.MaxY), 2)
            );
            if (area.Contains(area.Factory.CreatePoint(p)))
            {
                return p;
            }
        }
    }

    private static NetTopologySuite.Geometries.Geometry Union(DemoMunicipality demo, WijkType type) =>
        NetTopologySuite.Operation.Union.UnaryUnionOp.Union(
            demo.Buurten.Where(b => b.Shape.Wijk.Type == type).Select(b => b.Shape.Geometry).ToList());

    // A star-shaped ring with two random harmonics: always a valid polygon, never a circle.
    private static Polygon Blob(Coordinate centre, double radius, DemoRandom random)
    {
        const int vertices = 22;
        double a2 = random.Uniform(0.05, 0.25),
            a3 = random.Uniform(0.05, 0.2),
            p2 = random.Uniform(0, 6.3),
            p3 = random.Uniform(0, 6.3);
        var ring = new Coordinate[vertices + 1];
        for (var i = 0; i < vertices; i++)
        {
            var t = 2 * Math.PI * i / vertices;
            var r = radius * (1 + (a2 * Math.Sin((2 * t) + p2)) + (a3 * Math.Sin((3 * t) + p3)));
            ring[i] = new Coordinate(
                Math.Round(centre.X + (r * Math.Cos(t)), 2),
                Math.Round(centre.Y + (r * Math.Sin(t)), 2)
            );
        }

        ring[vertices] = ring[0].Copy();
        return DemoMunicipality.Factory.CreatePolygon(ring);
    }
}
