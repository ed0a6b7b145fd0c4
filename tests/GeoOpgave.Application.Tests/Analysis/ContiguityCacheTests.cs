using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Areas;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Analysis;

public class ContiguityCacheTests
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void Get_SameBuurten_BuildsOnceAndFindsQueenNeighbours()
    {
        var cache = new ContiguityCache();
        var buurten = Grid(
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
            "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))",
            "POLYGON ((50 0, 60 0, 60 10, 50 10, 50 0))"
        );

        var first = cache.Get(buurten, 0);
        var second = cache.Get(
            Grid(
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
                "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))",
                "POLYGON ((50 0, 60 0, 60 10, 50 10, 50 0))"
            ),
            0
        );

        Assert.Same(first, second);
        Assert.Equal(new[] { 1 }, first.NeighboursOf(0));
        Assert.Equal(new[] { 2 }, first.Islands);
    }

    [Fact]
    public void Get_MovedBoundary_BuildsAgain()
    {
        var cache = new ContiguityCache();
        var touching = Grid("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");
        var apart = Grid("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((11 0, 20 0, 20 10, 11 10, 11 0))");

        var before = cache.Get(touching, 0);
        var after = cache.Get(apart, 0);

        Assert.Equal(new[] { 1 }, before.NeighboursOf(0));
        Assert.Empty(after.NeighboursOf(0));
        Assert.Equal(new[] { 1 }, cache.Get(apart, 2).NeighboursOf(0));
    }

    private static Area[] Grid(params string[] wkt) =>
        wkt.Select(
                (w, i) =>
                    new Area($"BU0000000{i}", $"Buurt {i}", AreaLevel.Buurt, "GM0000", "WK000000", 2024, Wkt.Read(w))
            )
            .ToArray();
}
