using GeoOpgave.DemoGen.Layout;
using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Story;

/// <summary>A planned line work: a street (piece), its year and the buurt it lies in.</summary>
internal sealed record PlannedLine(LineString Line, int Year, string Name);

/// <summary>A planned area or address work with a period.</summary>
internal sealed record PlannedSpot(Geometry Geometry, int Start, int End, string Name);

/// <summary>
/// The plans of Demodam's old centre and post-war wijk. The story: in some centre buurten the sewer (GRP) and the heat
/// network come down the same street within two years (one excavation can serve both); in others the same street gets
/// them six years apart (a plan should move); in the last ones they are planned in different streets of the same buurt
/// (no koppelkans: the buurt is not the street). One herinrichting follows the second sewer street of the first centre
/// buurt, one reshapes a square in Molenwijk; the corporatie renovates complexes in Molenwijk and a few in the centre.
/// </summary>
internal sealed record DemoPlans(
    IReadOnlyList<PlannedLine> Riolering,
    IReadOnlyList<PlannedLine> Warmtenet,
    IReadOnlyList<PlannedSpot> Herinrichting,
    IReadOnlyList<PlannedSpot> Renovatie)
{
    private const double SpacingM = 90;
    private const double MinStreetM = 120;

    public static DemoPlans Build(DemoMunicipality demo, DemoRandom random)
    {
        var riool = new List<PlannedLine>();
        var warmte = new List<PlannedLine>();
        var herinrichting = new List<PlannedSpot>();
        var centre = demo
            .Buurten.Where(b => b.Shape.Wijk.Type == WijkType.OudeKern)
            .OrderBy(b => b.Shape.Code, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < centre.Count; i++)
        {
            var buurt = centre[i].Shape;
            var streets = Streets(buurt.Geometry.Buffer(-25), random);
            var year = random.Between(2026, 2029);
            string Name(int s) => $"{buurt.Name}, straat {s + 1}";
            switch (i % 3)
            {
                case 0: // together: the same street within two years, and a second sewer street
                    riool.Add(new(streets[0].Line, year, Name(0)));
                    warmte.Add(new(Offset(streets[0].Line, 2), year + random.Between(1, 2), Name(0)));
                    riool.Add(new(streets[1].Line, year + 1, Name(1)));
                    break;
                case 1: // apart: the same street six years apart
                    riool.Add(new(streets[0].Line, year, Name(0)));
                    warmte.Add(new(Offset(streets[0].Line, 2), year + 6, Name(0)));
                    break;
                default: // the same buurt, different streets
                    var other = streets.First(s => s.Row != streets[0].Row);
                    riool.Add(new(streets[0].Line, year, Name(0)));
                    warmte.Add(new(other.Line, year + 1, Name(streets.IndexOf(other))));
                    break;
            }

            if (i == 0)
            {
                herinrichting.Add(
                    new PlannedSpot(
                        Middle(streets[1].Line).Buffer(18),
                        year + 2,
                        year + 3,
                        $"Herinrichting {buurt.Name}"
                    )
                );
            }
        }

        var molenwijk = demo
            .Buurten.Where(b => b.Shape.Wijk.Type == WijkType.Naoorlogs)
            .OrderBy(b => b.Shape.Code, StringComparer.Ordinal)
            .ToList();
        herinrichting.Add(
            new PlannedSpot(
                molenwijk[0].Shape.Geometry.InteriorPoint.Buffer(60, 4),
                2030,
                2031,
                $"Plein {molenwijk[0].Shape.Name}"
            )
        );
        var renovatie = molenwijk
            .Concat(centre.Take(2))
            .SelectMany(b => Enumerable.Range(0, 2).Select(n => (Buurt: b, N: n)))
            .Select(x =>
            {
                var start = random.Between(2026, 2032);
                var point = Output.WateroverlastFile.PointIn(x.Buurt.Shape.Geometry.Buffer(-30), random);
                return new PlannedSpot(
                    DemoMunicipality.Factory.CreatePoint(Round(point)),
                    start,
                    start + 1,
                    $"Complex {x.Buurt.Shape.Name} {x.N + 1}"
                );
            })
            .ToList();
        return new DemoPlans(riool, warmte, herinrichting, renovatie);
    }

    // Parallel streets at a random bearing across the buurt's interior; the longest pieces first, each with its row.
    private static List<(int Row, LineString Line)> Streets(Geometry area, DemoRandom random) =>
        StreetGrid.Cut(area, SpacingM, random.Uniform(0, Math.PI))
            .Where(p => p.Piece.Length >= MinStreetM)
            .Select(p =>
                (p.Row, Line: DemoMunicipality.Factory.CreateLineString(p.Piece.Coordinates.Select(Round).ToArray()))
            )
            .OrderByDescending(p => p.Line.Length)
            .ThenBy(p => p.Row)
            .ToList();

    // The heat network runs beside the sewer, a few metres over, as two mains in one street do.
    private static LineString Offset(LineString line, double metres)
    {
        var (a, b) = (line.StartPoint.Coordinate, line.EndPoint.Coordinate);
        var length = a.Distance(b);
        var (nx, ny) = (-(b.Y - a.Y) / length * metres, (b.X - a.X) / length * metres);
        return DemoMunicipality.Factory.CreateLineString(
            line.Coordinates.Select(c => Round(new Coordinate(c.X + nx, c.Y + ny))).ToArray()
        );
    }

    private static Point Middle(LineString line) =>
        DemoMunicipality.Factory.CreatePoint(
            Round(new NetTopologySuite.LinearReferencing.LengthIndexedLine(line).ExtractPoint(line.Length / 2))
        );

    private static Coordinate Round(Coordinate c) => new(Math.Round(c.X, 2), Math.Round(c.Y, 2));
}
