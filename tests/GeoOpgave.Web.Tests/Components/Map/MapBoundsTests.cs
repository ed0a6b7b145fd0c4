using GeoOpgave.Core.Crs;
using GeoOpgave.Web.Components.Map;
using NetTopologySuite.IO;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class MapBoundsTests
{
    [Fact]
    public void Of_NoGeometries_IsNull()
    {
        Assert.Null(MapBounds.Of([]));
    }

    [Fact]
    public void Of_RdNewSquare_ContainsItsCornersInWgs84()
    {
        var square = new WKTReader().Read(
            "POLYGON ((120000 480000, 121000 480000, 121000 481000, 120000 481000, 120000 480000))"
        );

        var bounds = MapBounds.Of([square])!;

        foreach (var corner in square.Coordinates)
        {
            var (lon, lat) = GeometryTransformer.RdNewToWgs84.Transform(corner.X, corner.Y);
            Assert.InRange(lon, bounds.West, bounds.East);
            Assert.InRange(lat, bounds.South, bounds.North);
        }

        Assert.InRange(bounds.East - bounds.West, 0.01, 0.02);
    }
}
