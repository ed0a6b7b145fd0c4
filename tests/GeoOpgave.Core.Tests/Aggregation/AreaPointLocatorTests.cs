using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AreaPointLocatorTests
{
    [Theory]
    [InlineData(1, false, true)]
    [InlineData(16, false, true)]
    [InlineData(1024, false, true)]
    [InlineData(16, true, true)]
    [InlineData(1, false, false)]
    [InlineData(4, true, false)]
    public void Locate_RandomPointsVerticesAndEdges_SameAreaAsPreparedGeometryIndex(
        int cellsPerArea,
        bool packed,
        bool insideCells
    )
    {
        var (areas, cx, cy) = JitteredCoverage.Build(8, seed: 7);
        // Packed sequences (as read from a GeoPackage) take their own route into the edges; half of them clockwise.
        // Without inside cells every point is tested against the areas whose envelope meets its cell.
        var locator = new AreaPointLocator(packed ? TestAreas.Packed(areas) : areas, cellsPerArea, insideCells);
        var reference = new AreaIndex(areas);
        var random = new Random(11);
        var points = new List<(double X, double Y)>();
        for (var k = 0; k < 20_000; k++)
        {
            points.Add((950 + (random.NextDouble() * 900), 1950 + (random.NextDouble() * 900)));
        }

        for (var i = 0; i <= 8; i++)
        {
            for (var j = 0; j <= 8; j++)
            {
                points.Add((cx[i, j], cy[i, j]));
                points.Add((1000 + (i * 100), 2000 + (j * 12.5)));
            }
        }

        var mismatches = points.Count(p => locator.Locate(p.X, p.Y) != reference.Locate(new(p.X, p.Y)));

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Locate_SharedVertexOfFourAreas_LowestCodeWins()
    {
        var (areas, cx, cy) = JitteredCoverage.Build(3, seed: 3);
        var locator = new AreaPointLocator(areas);
        var touching = areas
            .Select((a, i) => (a, i))
            .Where(t => t.a.Geometry.Coordinates.Any(c => c.X == cx[1, 1] && c.Y == cy[1, 1]))
            .ToArray();

        var found = locator.Locate(cx[1, 1], cy[1, 1]);

        Assert.Equal(4, touching.Length);
        Assert.Equal(touching.MinBy(t => t.a.Code, StringComparer.Ordinal).i, found);
    }

    [Fact]
    public void Locate_HoleAndItsFill_PointInHoleBelongsToTheFill()
    {
        var areas = new[]
        {
            TestAreas.Buurt(
                "BU00000001",
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))"
            ),
            TestAreas.Buurt("BU00000002", "POLYGON ((40 40, 60 40, 60 60, 40 60, 40 40))"),
        };
        var locator = new AreaPointLocator(areas, cellsPerArea: 256);

        Assert.Equal(1, locator.Locate(50, 50));
        Assert.Equal(0, locator.Locate(10, 10));
        Assert.Equal(0, locator.Locate(40, 50));
        Assert.Equal(-1, locator.Locate(150, 50));
        Assert.Equal(-1, locator.Locate(double.NaN, 50));
    }

    [Fact]
    public void Constructor_EmptyAndInvalidAreas_ReportedNotThrown()
    {
        var areas = new[]
        {
            TestAreas.Buurt("BU00000001", "POLYGON EMPTY"),
            TestAreas.Buurt("BU00000002", "POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))"),
        };

        var locator = new AreaPointLocator(areas);

        Assert.Contains(locator.Issues, i => i.Key == "BU00000001" && i.Kind == IssueKind.EmptyGeometry);
        Assert.Contains(locator.Issues, i => i.Key == "BU00000002" && i.Kind == IssueKind.Repaired);
        Assert.Equal(1, locator.Locate(90, 50));
        Assert.Equal(-1, locator.Locate(50, 90));
    }

    [Fact]
    public void Locate_OverlappingAreas_LowestCodeWinsInTheOverlap()
    {
        var areas = new[]
        {
            TestAreas.Buurt("BU00000009", "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"),
            TestAreas.Buurt("BU00000003", "POLYGON ((500 0, 1500 0, 1500 1000, 500 1000, 500 0))"),
        };
        var locator = new AreaPointLocator(areas, cellsPerArea: 1024);

        Assert.Equal(1, locator.Locate(750, 500));
        Assert.Equal(0, locator.Locate(250, 500));
        Assert.Equal(1, locator.Locate(1250, 500));
    }
}
