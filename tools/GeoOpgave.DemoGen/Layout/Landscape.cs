using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>
/// Where Demodam lies: an irregular gemeente outline in the river area south-east of Utrecht (RD New, metres) and a
/// river (a fictional arm of the Lek) that meanders along its southern edge, just outside it.
/// </summary>
internal sealed record Landscape(Polygon Outline, Polygon River)
{
    /// <summary>The middle of the gemeente, RD New.</summary>
    public static Coordinate Centre { get; } = new(155_000, 443_800);

    public static Landscape Create(GeometryFactory factory, DemoRandom random)
    {
        var outline = CreateOutline(factory, random);
        return new Landscape(outline, CreateRiver(factory, random, outline.EnvelopeInternal));
    }

    private static Polygon CreateOutline(GeometryFactory factory, DemoRandom random)
    {
        const int vertices = 240;
        const double semiX = 3_200, semiY = 2_500;
        var phases = Enumerable.Range(0, 3).Select(_ => random.Uniform(0, 2 * Math.PI)).ToArray();
        var ring = new Coordinate[vertices + 1];
        for (var i = 0; i < vertices; i++)
        {
            var theta = 2 * Math.PI * i / vertices;
            var scale = 1 + (0.08 * Math.Sin((3 * theta) + phases[0])) + (0.05 * Math.Sin((5 * theta) + phases[1]))
                + (0.025 * Math.Sin((11 * theta) + phases[2]));
            ring[i] = new Coordinate(
                Math.Round(Centre.X + (semiX * scale * Math.Cos(theta)), 3),
                Math.Round(Centre.Y + (semiY * scale * Math.Sin(theta)), 3));
        }

        ring[vertices] = ring[0].Copy();
        return factory.CreatePolygon(ring);
    }

    private static Polygon CreateRiver(GeometryFactory factory, DemoRandom random, Envelope gemeente)
    {
        var phase = random.Uniform(0, 2 * Math.PI);
        var baseY = gemeente.MinY - 250;
        var points = new List<Coordinate>();
        for (var x = gemeente.MinX - 800; x <= gemeente.MaxX + 800; x += 50)
        {
            points.Add(new Coordinate(x, Math.Round(baseY + (110 * Math.Sin((x / 900) + phase)), 3)));
        }

        return (Polygon)factory.CreateLineString([.. points]).Buffer(75);
    }
}
