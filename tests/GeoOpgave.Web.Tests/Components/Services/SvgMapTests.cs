using GeoOpgave.Core.Areas;
using GeoOpgave.Web.Components.Services;
using NetTopologySuite.IO;

namespace GeoOpgave.Web.Tests.Components.Services;

public sealed class SvgMapTests
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void Build_OneHighlightedSquare_ScalesRdNewOntoTheViewBoxNorthUp()
    {
        Area[] areas =
        [
            Buurt("BU1", "POLYGON ((100000 400000, 100100 400000, 100100 400100, 100000 400100, 100000 400000))"),
            Buurt("BU2", "POLYGON ((200000 400000, 200100 400000, 200100 400100, 200000 400100, 200000 400000))"),
        ];

        var (viewBox, shapes) = SvgMap.Build(
            areas,
            new HashSet<string>(["BU1"], StringComparer.Ordinal),
            a => "#fff",
            width: 116
        );

        Assert.Equal("0 0 116 116", viewBox);
        var shape = Assert.Single(shapes);
        Assert.Equal("BU1", shape.Code);
        Assert.True(shape.Highlighted);
        // 8 m margin each side at 1 unit per metre; the first corner (SW) lands bottom-left.
        Assert.StartsWith("M8 108L108 108L108 8L8 8L8 108Z", shape.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PolygonWithHole_WritesBothRingsForEvenOddFill()
    {
        Area[] areas =
        [
            Buurt("BU1", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))"),
        ];

        var (_, shapes) = SvgMap.Build(
            areas,
            new HashSet<string>(["BU1"], StringComparer.Ordinal),
            a => "#fff",
            width: 100
        );

        Assert.Equal(2, shapes[0].Path.Count(c => c == 'M'));
    }

    [Fact]
    public void Build_NothingHighlighted_IsEmpty()
    {
        var (_, shapes) = SvgMap.Build(
            [Buurt("BU1", "POLYGON ((0 0, 1 0, 1 1, 0 0))")],
            new HashSet<string>(StringComparer.Ordinal),
            a => "#fff",
            100
        );

        Assert.Empty(shapes);
    }

    private static Area Buurt(string code, string wkt) =>
        new(code, code, AreaLevel.Buurt, "GM9999", "WK999900", 2024, Wkt.Read(wkt));
}
