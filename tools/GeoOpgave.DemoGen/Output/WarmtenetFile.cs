using GeoOpgave.Core.Crs;
using GeoOpgave.DemoGen.Layout;
using GeoOpgave.DemoGen.Story;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Shapefile;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Output;

/// <summary>
/// Writes the district-heating network: a transport main from the residual heat of the industrial estate to
/// Nieuwland (2004), its extension toward the old centre (2022), dense distribution streets in every Nieuwland
/// buurt and a first few streets in the centre buurt where the extension ends.
/// </summary>
internal static class WarmtenetFile
{
    public const string FileName = "warmtenet_demodam.shp";
    private const double MinPieceM = 15;

    public static void Write(string directory, DemoMunicipality demo, DemoRandom random, TimeProvider clock)
    {
        var f = DemoMunicipality.Factory;
        var source = demo
            .Buurten.First(b => b.Suppression == Suppression.NietBeschikbaar)
            .Shape.Geometry.InteriorPoint.Coordinate;
        var nieuwland = demo.Wijken[WijkPlan.All.First(w => w.Type == WijkType.Nieuwbouw).Code]
            .InteriorPoint
            .Coordinate;
        var centreBuurt = demo.Buurten.First(b => b.Shape.Wijk.Type == WijkType.OudeKern).Shape.Geometry;
        var centre = centreBuurt.InteriorPoint.Coordinate;

        var lines = new List<(LineString Line, string Type, long Year)>();
        var trunk = Meander(source, nieuwland, random);
        var extension = Meander(nieuwland, centre, random);
        lines.Add((trunk, "transport", 2004));
        lines.Add((extension, "transport", 2022));

        foreach (
            var buurt in demo.Buurten.Where(b =>
                b.Shape.Wijk.Type == WijkType.Nieuwbouw && b.Shape.Kind != BuurtKind.Enclave
            )
        )
        {
            var year = (long)random.Between(2003, 2019);
            var area = buurt.Shape.Geometry.Difference(demo.Lake);
            AddStreets(lines, area, spacingM: random.Uniform(80, 110), random, year);
            var hub = area.InteriorPoint.Coordinate;
            var onTrunk = NetTopologySuite.Operation.Distance.DistanceOp.NearestPoints(
                trunk.Union(extension),
                f.CreatePoint(hub)
            )[0];
            lines.Add((f.CreateLineString([Round(onTrunk), Round(hub)]), "distributie", year));
        }

        AddStreets(lines, centreBuurt.Intersection(f.CreatePoint(centre).Buffer(320)), 120, random, 2023);
        var features = lines
            .Where(l => l.Line.Length >= MinPieceM)
            .Select(l =>
                (IFeature)new Feature(l.Line, new AttributesTable { { "type", l.Type }, { "aanlegjaar", l.Year } })
            )
            .ToList();
        ShapefileWriter.Write(
            Path.Combine(directory, FileName),
            new VectorLayer("warmtenet_demodam", Srid.RdNew, features),
            clock
        );
    }

    // Parallel streets at a random bearing, cut to the area; every piece becomes its own LineString.
    private static void AddStreets(
        List<(LineString, string, long)> lines,
        NetTopologySuite.Geometries.Geometry area,
        double spacingM,
        DemoRandom random,
        long year
    )
    {
        foreach (var (_, piece) in StreetGrid.Cut(area, spacingM, random.Uniform(0, Math.PI)))
        {
            lines.Add(
                (
                    DemoMunicipality.Factory.CreateLineString(piece.Coordinates.Select(Round).ToArray()),
                    "distributie",
                    year
                )
            );
        }
    }

    // A main that wanders a little around the straight line, as mains follow roads.
    private static LineString Meander(Coordinate from, Coordinate to, DemoRandom random)
    {
        const int legs = 8;
        var points = new List<Coordinate> { Round(from) };
        var (nx, ny) = (-(to.Y - from.Y) / from.Distance(to), (to.X - from.X) / from.Distance(to));
        for (var i = 1; i < legs; i++)
        {
            var t = (double)i / legs;
            var side = random.Normal(0, 40);
            points.Add(
                Round(
                    new Coordinate(
                        from.X + ((to.X - from.X) * t) + (nx * side),
                        from.Y + ((to.Y - from.Y) * t) + (ny * side)
                    )
                )
            );
        }

        points.Add(Round(to));
        return DemoMunicipality.Factory.CreateLineString([.. points]);
    }

    private static Coordinate Round(Coordinate c) => new(Math.Round(c.X, 2), Math.Round(c.Y, 2));
}
