using GeoOpgave.Application.Selecties;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Tests.Selecties;

public sealed class BuurtenInShapeTests
{
    [Fact]
    public void Ring_OpenRing_ClosesIt()
    {
        var area = BuurtenInShape.Ring([[4.0, 52.0], [4.1, 52.0], [4.1, 52.1]]);

        Assert.NotNull(area);
        Assert.Equal(0.005, area.Area, 9);
        Assert.Equal(Srid.Wgs84, area.SRID);
    }

    [Fact]
    public void Ring_BowTie_IsRepairedIntoItsTwoTriangles()
    {
        var area = BuurtenInShape.Ring([[4.0, 52.0], [4.2, 52.2], [4.2, 52.0], [4.0, 52.2], [4.0, 52.0]]);

        Assert.NotNull(area);
        Assert.True(area.IsValid);
        Assert.Equal(0.02, area.Area, 9);
    }

    [Fact]
    public void Ring_TwoCorners_IsNull()
    {
        Assert.Null(BuurtenInShape.Ring([[4.0, 52.0], [4.1, 52.0]]));
    }

    [Fact]
    public void Rectangle_Degrees_CoversTheBoxWithDensifiedEdges()
    {
        var rectangle = BuurtenInShape.Rectangle(4.0, 52.0, 4.2, 52.1);

        Assert.Equal(new Envelope(4.0, 4.2, 52.0, 52.1), rectangle.EnvelopeInternal);
        Assert.True(rectangle.NumPoints > 5, "edges are densified so they stay straight enough in RD New");
    }
}
