using GeoOpgave.Application.Tiles;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Tests.Shared;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Tiles;

public sealed class TileBuilderTests
{
    private static readonly WKTReader Wkt = new(
        new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), Srid.RdNew)
    );

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
        var address = TestTiles.Around(52.155, 5.387, z);

        var bytes = TileBuilder.Build(new TileSnapshot(Layer, "buurtcode"), address, "buurten");

        var codes = TestTiles.Decode(bytes, address).Select(f => f.Attributes["buurtcode"]).Order().ToList();
        Assert.Equal(["BU1", "BU2"], codes);
    }

    [Fact]
    public void Build_TileElsewhere_IsEmpty()
    {
        var address = TestTiles.Around(53.2, 6.56, 14);

        var bytes = TileBuilder.Build(new TileSnapshot(Layer, "buurtcode"), address, "buurten");

        Assert.Empty(bytes);
    }

    [Fact]
    public void Build_HighZoom_ClipsToTheTileWithABuffer()
    {
        var address = TestTiles.Around(52.155, 5.387, 18);
        var (west, south, east, north) = address.Bounds;
        var margin = (east - west) * (TileBuilder.BufferUnits + 2) / TileAddress.Extent;

        var features = TestTiles.Decode(
            TileBuilder.Build(new TileSnapshot(Layer, "buurtcode"), address, "buurten"),
            address
        );

        Assert.NotEmpty(features);
        var envelope = features
            .Select(f => f.Geometry.EnvelopeInternal)
            .Aggregate(new Envelope(), (a, e) =>
            {
                a.ExpandToInclude(e);
                return a;
            });
        Assert.InRange(envelope.MinX, west - margin, east);
        Assert.InRange(envelope.MaxX, west, east + margin);
        Assert.InRange(envelope.MaxY, south, north + margin);
    }

    private static Feature Feature(string wkt, string code) =>
        new(Wkt.Read(wkt), new AttributesTable { { "buurtcode", code } });
}
