using GeoOpgave.Application.Tiles;
using GeoOpgave.Tests.Shared;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Tests.Tiles;

public sealed class OpeningTilesTests
{
    private static readonly GeometryFactory Wgs84 = new();

    [Fact]
    public void Of_TheNetherlands_CoversItsCornersAtTheZoomsOfAFittedMap()
    {
        var tiles = OpeningTiles.Of(Extent(3.36, 50.75, 7.23, 53.55));

        // A map pane of 400 to 1600 px fits the country at zoom 7 to 9 (the bench's 1280 x 900 page asks for zoom 7).
        Assert.Equal([7, 8, 9], tiles.Select(t => t.Z).Distinct().Order());
        foreach (var z in new[] { 7, 8, 9 })
        {
            Assert.Contains(TestTiles.Around(53.55, 3.36, z), tiles);
            Assert.Contains(TestTiles.Around(50.75, 7.23, z), tiles);
            Assert.Contains(TestTiles.Around(52.155, 5.387, z), tiles);
        }

        Assert.Equal(8, tiles[0].Z);
        Assert.Equal(tiles.Count, tiles.Distinct().Count());
    }

    [Fact]
    public void Of_OneGemeente_OpensCloseIn()
    {
        var tiles = OpeningTiles.Of(Extent(5.37, 52.14, 5.40, 52.17));

        Assert.All(tiles, t => Assert.InRange(t.Z, 13, 16));
        Assert.Contains(TestTiles.Around(52.155, 5.387, tiles[0].Z), tiles);
    }

    [Fact]
    public void Of_TheWholeWorld_LeavesOutZoomsThatNeedTooManyTiles()
    {
        var tiles = OpeningTiles.Of(Extent(-179, -80, 179, 80));

        Assert.NotEmpty(tiles);
        Assert.All(tiles.GroupBy(t => t.Z), zoom => Assert.InRange(zoom.Count(), 1, OpeningTiles.MaxTilesPerZoom));
        Assert.All(tiles, t => Assert.Null(t.Error));
    }

    [Fact]
    public void Of_NoExtentOrAPoint_IsEmpty()
    {
        Assert.Empty(OpeningTiles.Of(new Envelope()));
        Assert.Empty(OpeningTiles.Of(Extent(5.387, 52.155, 5.387, 52.155)));
    }

    private static Envelope Extent(double west, double south, double east, double north) =>
        MercatorShape.FromWgs84(Wgs84.ToGeometry(new Envelope(west, east, south, north))).Envelope;
}
