using System.Globalization;
using GeoOpgave.Application.Tiles;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Tests.Shared;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Tests.Tiles;

/// <summary>A national-scale layer: low zooms stay under the tile limit and carry only what the map colours
/// by.</summary>
public sealed class TileSizeTests
{
    // 120 × 120 wiggly 2 km buurten (14,400, 48 vertices each) over the middle of the Netherlands.
    private static readonly Lazy<TileSnapshot> Dense = new(() => new TileSnapshot(DenseLayer(120, 2000), "buurtcode"));

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Build_EveryTileOfALowZoom_StaysUnderTheLimitAndHoldsBuurten(int z)
    {
        var tiles = Covering(z).ToList();

        var sizes = tiles.Select(t => (Tile: t, Bytes: TileBuilder.Build(Dense.Value, t, "buurten"))).ToList();

        Assert.All(sizes, s => Assert.InRange(s.Bytes.Length, 0, TileBuilder.MaxTileBytes));
        var busiest = sizes.MaxBy(s => s.Bytes.Length);
        Assert.NotEmpty(TestTiles.Decode(busiest.Bytes, busiest.Tile));
    }

    [Fact]
    public void Build_LowZoom_CarriesCodeOverlapAndUrgentieOnly()
    {
        var tile = TestTiles.Around(52.1, 5.4, 9);

        var features = TestTiles.Decode(TileBuilder.Build(Dense.Value, tile, "buurten"), tile);

        Assert.NotEmpty(features);
        Assert.All(features, f =>
            Assert.Equal(
                ["buurtcode", "overlap", "urgentie_energie"],
                f.Attributes.GetNames().Order(StringComparer.Ordinal)
            )
        );
    }

    [Fact]
    public void Build_HighZoom_CarriesEveryAttribute()
    {
        var tile = TestTiles.Around(52.1, 5.4, TileBuilder.FullAttributesZoom);

        var features = TestTiles.Decode(TileBuilder.Build(Dense.Value, tile, "buurten"), tile);

        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Contains("score_energie", f.Attributes.GetNames()));
        Assert.All(features, f => Assert.Contains("buurtnaam", f.Attributes.GetNames()));
    }

    private static IEnumerable<TileAddress> Covering(int z)
    {
        var (west, north) = (3.3, 53.6);
        var (east, south) = (7.3, 50.7);
        var nw = TestTiles.Around(north, west, z);
        var se = TestTiles.Around(south, east, z);
        for (var x = nw.X; x <= se.X; x++)
        {
            for (var y = nw.Y; y <= se.Y; y++)
            {
                yield return new TileAddress(z, x, y);
            }
        }
    }

    private static VectorLayer DenseLayer(int n, double size)
    {
        var factory = new GeometryFactory(new PrecisionModel(), Srid.RdNew);
        var features = new List<IFeature>(n * n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var ring = Wiggly(40_000 + (i * size), 350_000 + (j * size), size);
                var code = string.Create(CultureInfo.InvariantCulture, $"BU{i:D4}{j:D4}");
                features.Add(
                    new Feature(
                        factory.CreatePolygon(ring),
                        new AttributesTable
                        {
                            { "buurtcode", code },
                            { "buurtnaam", "Buurt " + code },
                            { "overlap", (long)((i + j) % 5) },
                            { "urgentie_energie", (i * j % 3) == 0 ? "hoog" : "laag" },
                            { "score_energie", (i * 7.31 + j) % 100 },
                        }
                    )
                );
            }
        }

        return new VectorLayer("buurten", Srid.RdNew, features);
    }

    // A square with 12 vertices per side, each pushed off the straight edge by up to 20 m.
    private static Coordinate[] Wiggly(double x0, double y0, double size)
    {
        var corners = new[] { (x0, y0), (x0, y0 + size), (x0 + size, y0 + size), (x0 + size, y0), (x0, y0) };
        var points = new List<Coordinate>();
        for (var side = 0; side < 4; side++)
        {
            var ((ax, ay), (bx, by)) = (corners[side], corners[side + 1]);
            for (var k = 0; k < 12; k++)
            {
                var t = k / 12.0;
                var wiggle = k == 0 ? 0 : 20 * Math.Sin((x0 + y0 + (k * 37)) * 0.01);
                points.Add(
                    new Coordinate(
                        ax + (t * (bx - ax)) + (wiggle * (by - ay) / size),
                        ay + (t * (by - ay)) + (wiggle * (ax - bx) / size)
                    )
                );
            }
        }

        points.Add(points[0].Copy());
        return [.. points];
    }
}
