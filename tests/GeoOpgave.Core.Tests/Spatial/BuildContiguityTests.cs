using GeoOpgave.Core.Spatial;

namespace GeoOpgave.Core.Tests.Spatial;

public class BuildContiguityTests
{
    [Fact]
    public void Run_ThreeByThreeGrid_QueenNeighboursIncludeCorners()
    {
        var contiguity = BuildContiguity.Run(new ContiguityParameters(Grid.Squares(3)));

        Assert.Equal([1, 3, 4], contiguity.NeighboursOf(0));
        Assert.Equal([0, 2, 3, 4, 5], contiguity.NeighboursOf(1));
        Assert.Equal([0, 1, 2, 3, 5, 6, 7, 8], contiguity.NeighboursOf(4));
        Assert.Empty(contiguity.Islands);
    }

    [Fact]
    public void Run_ManyAreas_EachAreasNeighboursAreTheAreasItTouches()
    {
        // 30 x 30 squares: enough areas for the polygon tests to run on several threads.
        var squares = Grid.Squares(30);

        var contiguity = BuildContiguity.Run(new ContiguityParameters(squares));

        for (var i = 0; i < squares.Length; i++)
        {
            var expected = Enumerable.Range(0, squares.Length)
                .Where(j => j != i && squares[i].Intersects(squares[j]))
                .ToArray();
            Assert.Equal(expected, contiguity.NeighboursOf(i).Order());
        }
    }

    [Fact]
    public void Run_TinyGap_BridgedOnlyWithTolerance()
    {
        var polygons = new[]
        {
            TestAreas.Wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
            TestAreas.Wkt("POLYGON ((100.05 0, 200 0, 200 100, 100.05 100, 100.05 0))"),
        };

        var strict = BuildContiguity.Run(new ContiguityParameters(polygons));
        var tolerant = BuildContiguity.Run(new ContiguityParameters(polygons) { ToleranceMeters = 0.1 });

        Assert.Equal([0, 1], strict.Islands);
        Assert.Equal([1], tolerant.NeighboursOf(0));
    }

    [Fact]
    public void Run_MultiPolygonPart_TouchesItsNeighbour()
    {
        var polygons = new[]
        {
            TestAreas.Wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((50 0, 60 0, 60 10, 50 10, 50 0)))"),
            TestAreas.Wkt("POLYGON ((60 0, 70 0, 70 10, 60 10, 60 0))"),
            TestAreas.Wkt("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))"),
        };

        var contiguity = BuildContiguity.Run(new ContiguityParameters(polygons));

        Assert.Equal([1], contiguity.NeighboursOf(0));
        Assert.Equal([2], contiguity.Islands);
    }
}
