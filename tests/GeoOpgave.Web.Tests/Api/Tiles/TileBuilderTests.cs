using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Web.Api.Tiles;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using MapboxTileReader = NetTopologySuite.IO.VectorTiles.Mapbox.MapboxTileReader;

namespace GeoOpgave.Web.Tests.Api.Tiles;

public sealed class TileBuilderTests
{
    private static readonly WKTReader Wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), Srid.RdNew));

    // Two 1 km squares side by side around the RD origin in Amersfoort (52.155 N, 5.387 E).
    private static readonly VectorLayer Layer = new("buurten", Srid.RdNew,
    [
        Feature("POLYGON ((154000 462500, 155000 462500, 155000 463500, 154000 463500, 154000 462500))", "BU1"),
        Feature("POLYGON ((155000 462500, 156000 462500, 156000 463500, 155000 463500, 155000 462500))", "BU2"),
    ]);

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(14)]
    public void Build_TileOverAmersfoort_HoldsBothBuurtenWithTheirCodes(int z)
    {
        var address = Around(52.155, 5.387, z);

        var bytes = TileBuilder.Build(new TileSnapshot(Layer, "buurtcode"), address, "buurten");

        var codes = Decode(bytes, address).Select(f => f.Attributes["buurtcode"]).Order().ToList();
        Assert.Equal(["BU1", "BU2"], codes);
    }

    [Fact]
    public void Build_TileElsewhere_IsEmpty()
    {
        var address = Around(53.2, 6.56, 14);

        var bytes = TileBuilder.Build(new TileSnapshot(Layer, "buurtcode"), address, "buurten");

        Assert.Empty(bytes);
    }

    [Fact]
    public void Build_HighZoom_ClipsToTheTileWithABuffer()
    {
        var address = Around(52.155, 5.387, 18);
        var (west, south, east, north) = address.Bounds;
        var margin = (east - west) * (TileBuilder.BufferUnits + 2) / TileAddress.Extent;

        var features = Decode(TileBuilder.Build(new TileSnapshot(Layer, "buurtcode"), address, "buurten"), address);

        Assert.NotEmpty(features);
        var envelope = features.Select(f => f.Geometry.EnvelopeInternal).Aggregate(new Envelope(), (a, e) => { a.ExpandToInclude(e); return a; });
        Assert.InRange(envelope.MinX, west - margin, east);
        Assert.InRange(envelope.MaxX, west, east + margin);
        Assert.InRange(envelope.MaxY, south, north + margin);
    }

    internal static TileAddress Around(double lat, double lon, int z)
    {
        var n = 1 << z;
        var x = (int)((lon + 180) / 360 * n);
        var latRad = lat * Math.PI / 180;
        var y = (int)((1 - Math.Log(Math.Tan(latRad) + 1 / Math.Cos(latRad)) / Math.PI) / 2 * n);
        return new TileAddress(z, x, y);
    }

    internal static IList<IFeature> Decode(byte[] bytes, TileAddress address)
    {
        using var stream = new MemoryStream(bytes);
        var tile = new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(address.X, address.Y, address.Z));
        return tile.Layers.SelectMany(l => l.Features).ToList();
    }

    private static Feature Feature(string wkt, string code) => new(Wkt.Read(wkt), new AttributesTable { { "buurtcode", code } });
}
