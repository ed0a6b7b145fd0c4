using GeoOpgave.Core.Geometries;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.IO;

namespace GeoOpgave.Core.Tests.Geometries;

public class CertainValidityTests
{
    private static readonly WKTReader Wkt = new(new NtsGeometryServices(PrecisionModel.Floating.Value, 28992));

    private static readonly GeometryFactory Packed = new NtsGeometryServices(
        PackedCoordinateSequenceFactory.DoubleFactory,
        PrecisionModel.Floating.Value,
        28992
    ).CreateGeometryFactory();

    [Theory]
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")]
    [InlineData("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0))")]
    [InlineData("POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))")]
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2), (6 6, 8 6, 8 8, 6 8, 6 6))")]
    [InlineData("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))")]
    [InlineData(
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)))"
    )]
    public void IsProven_ValidPolygon_Proven(string wkt)
    {
        var geometry = Wkt.Read(wkt);

        Assert.True(geometry.IsValid);
        Assert.True(CertainValidity.IsProven(geometry));
    }

    [Theory]
    [InlineData("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")] // bowtie
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 10 20, 10 10, 0 10, 0 0))")] // spike folding back
    [InlineData("POLYGON ((0 0, 10 0, 0 0, 0 0))")] // no area
    [InlineData("POLYGON ((0 0, 10 0, 20 0, 0 0))")] // collinear triangle
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (0 0, 4 2, 2 4, 0 0))")] // hole touching the shell
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 24 20, 24 24, 20 20))")] // hole outside
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 9 1, 9 9, 1 9, 1 1), (3 3, 6 3, 6 6, 3 3))")] // nested
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2), (2 2, 8 2, 8 8, 2 8, 2 2))")]
    [InlineData("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((5 5, 15 5, 15 15, 5 15, 5 5)))")] // overlap
    [InlineData("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((2 2, 4 2, 4 4, 2 4, 2 2)))")] // nested shells
    [InlineData("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((0 0, 10 0, 10 10, 0 10, 0 0)))")] // duplicate
    [InlineData("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((10 0, 20 0, 20 10, 10 10, 10 0)))")] // shared edge
    public void IsProven_InvalidPolygon_NotProven(string wkt)
    {
        var geometry = Wkt.Read(wkt);

        Assert.False(CertainValidity.IsProven(geometry));
    }

    [Fact]
    public void IsProven_NotClosedOrNotFiniteOrNotPolygonal_NotProven()
    {
        var open = Packed.CreatePolygon(
            new LinearRing(
                new PackedDoubleCoordinateSequence([0, 0, 10, 0, 10, 10, 0, 10, 0, 0], 2, 0),
                Packed
            )
        );
        var sequence = (PackedDoubleCoordinateSequence)open.ExteriorRing.CoordinateSequence;
        sequence.GetRawCoordinates()[8] = 0.5;
        var infinite = Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        infinite.Coordinates[2].X = double.PositiveInfinity;

        Assert.False(CertainValidity.IsProven(open));
        Assert.False(CertainValidity.IsProven(infinite));
        Assert.False(CertainValidity.IsProven(Wkt.Read("LINESTRING (0 0, 10 10)")));
    }

    [Fact]
    public void IsProven_RandomRings_NeverProvesAnInvalidOneAndProvesMostValidOnes()
    {
        var random = new Random(20261207);
        var (valid, proven) = (0, 0);
        for (var trial = 0; trial < 3000; trial++)
        {
            var geometry = trial % 3 == 0 ? RandomWalk(random) : RandomStar(random);
            var isValid = geometry.IsValid;
            var isProven = CertainValidity.IsProven(geometry);

            Assert.False(isProven && !isValid, $"Bewezen maar ongeldig: {geometry.AsText()}");
            valid += isValid ? 1 : 0;
            proven += isProven ? 1 : 0;
        }

        Assert.True(valid > 1500, $"{valid} geldige");
        Assert.True(proven > 0.95 * valid, $"{proven} van {valid} geldige bewezen");
    }

    // A star-shaped ring around a centre (valid unless rounding makes neighbours collinear), sometimes with a
    // hole around the centre, sometimes with an island in that hole, sometimes with coordinates on an RD grid.
    private static Geometry RandomStar(Random random)
    {
        var (cx, cy) = (random.Next(0, 280_000), random.Next(300_000, 620_000));
        var points = random.Next(3, 200);
        var shell = Star(random, cx, cy, points, 50, 500);
        if (random.Next(3) == 0)
        {
            return Packed.CreatePolygon(shell);
        }

        var hole = Star(random, cx, cy, random.Next(3, 30), 5, 40);
        var withHole = Packed.CreatePolygon(shell, [hole]);
        return random.Next(2) == 0
            ? withHole
            : Packed.CreateMultiPolygon([withHole, Packed.CreatePolygon(Star(random, cx, cy, 5, 1, 4))]);
    }

    private static LinearRing Star(Random random, double cx, double cy, int points, double min, double max)
    {
        var xy = new double[2 * (points + 1)];
        var angles = Enumerable.Range(0, points).Select(_ => random.NextDouble() * 2 * Math.PI).Order().ToArray();
        for (var k = 0; k < points; k++)
        {
            var r = min + (random.NextDouble() * (max - min));
            xy[2 * k] = Math.Round(cx + (r * Math.Cos(angles[k])), 3);
            xy[(2 * k) + 1] = Math.Round(cy + (r * Math.Sin(angles[k])), 3);
        }

        (xy[2 * points], xy[(2 * points) + 1]) = (xy[0], xy[1]);
        return Packed.CreateLinearRing(new PackedDoubleCoordinateSequence(xy, 2, 0));
    }

    // Random walks on a small grid: mostly self-intersecting, touching or folding back.
    private static Geometry RandomWalk(Random random)
    {
        var points = random.Next(3, 12);
        var coordinates = new Coordinate[points + 1];
        for (var k = 0; k < points; k++)
        {
            coordinates[k] = new Coordinate(random.Next(0, 6), random.Next(0, 6));
        }

        coordinates[points] = coordinates[0].Copy();
        return Wkt.Read(Packed.CreatePolygon(coordinates).AsText());
    }
}
