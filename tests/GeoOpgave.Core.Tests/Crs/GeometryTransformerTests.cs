using GeoOpgave.Core.Crs;

namespace GeoOpgave.Core.Tests.Crs;

public class GeometryTransformerTests
{
    // The Amersfoort origin of RD: RD (155000, 463000) is lon 5.38720621, lat 52.15517440 in ETRS89/WGS84
    // (RDNAPTRANS). A transform without the datum shift misses this by 100 m or more.
    [Fact]
    public void RdNewToWgs84_AmersfoortOrigin_WithinOneMetre()
    {
        var (lon, lat) = GeometryTransformer.RdNewToWgs84.Transform(155000, 463000);

        Assert.InRange(lon, 5.38720621 - 1.5e-5, 5.38720621 + 1.5e-5);
        Assert.InRange(lat, 52.15517440 - 9e-6, 52.15517440 + 9e-6);
    }

    [Fact]
    public void Wgs84ToRdNew_AmersfoortOrigin_WithinOneMetre()
    {
        var (x, y) = GeometryTransformer.Wgs84ToRdNew.Transform(5.38720621, 52.15517440);

        Assert.InRange(x, 154999, 155001);
        Assert.InRange(y, 462999, 463001);
    }

    [Fact]
    public void Transform_Polygon_KeepsShapeAndSetsSrid()
    {
        var square = TestAreas.Wkt(
            "POLYGON ((155000 463000, 156000 463000, 156000 464000, 155000 464000, 155000 463000))"
        );

        var wgs84 = GeometryTransformer.RdNewToWgs84.Transform(square);
        var back = GeometryTransformer.Wgs84ToRdNew.Transform(wgs84);

        Assert.Equal(Srid.Wgs84, wgs84.SRID);
        Assert.Equal(Srid.RdNew, back.SRID);
        Assert.Equal(square.Area, back.Area, 1);
    }
}
