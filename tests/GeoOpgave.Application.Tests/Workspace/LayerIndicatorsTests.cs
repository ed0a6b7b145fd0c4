using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Workspace;

public class LayerIndicatorsTests
{
    private static readonly WKTReader Wkt = new();

    private static readonly Area[] Buurten =
    [
        new("BU99990001", "West", AreaLevel.Buurt, "GM9999", "WK999900", 2024, Wkt.Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")),
        new("BU99990002", "Oost", AreaLevel.Buurt, "GM9999", "WK999900", 2024, Wkt.Read("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))")),
    ];

    [Fact]
    public void EnergyLabels_ShareOfEfg_AndUnknownWithoutAddresses()
    {
        var layer = Layer(("POINT (10 10)", "energielabel", "E"), ("POINT (20 20)", "energielabel", "a+"), ("POINT (30 30)", "energielabel", " g "), ("POINT (40 40)", "energielabel", "B"));

        var values = LayerIndicators.EnergyLabels(Buurten, layer, "energielabel").ToArray();

        Assert.Equal(50, values[0].Value);
        Assert.Null(values[1].Value);
    }

    [Fact]
    public void Flooding_OnlyClassesFromTheMinimum_Dissolved()
    {
        var layer = Layer(
            ("POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))", "klasse", 3L),
            ("POLYGON ((25 0, 75 0, 75 100, 25 100, 25 0))", "klasse", 5L),
            ("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))", "klasse", 2L));

        var values = LayerIndicators.Flooding(Buurten, layer, "klasse", minimumClass: 3).ToArray();

        Assert.Equal(75, values[0].Value!.Value, 6);
        Assert.Equal(0, values[1].Value);
    }

    [Fact]
    public void HeatNetwork_MetresPerHectare()
    {
        var layer = Layer(("LINESTRING (0 50, 150 50)", "type", "distributie"));

        var values = LayerIndicators.HeatNetwork(Buurten, layer).ToArray();

        Assert.Equal(100, values[0].Value!.Value, 6);
        Assert.Equal(50, values[1].Value!.Value, 6);
    }

    private static VectorLayer Layer(params (string Wkt, string Field, object Value)[] features) =>
        new("test", 28992, features
            .Select(f => (IFeature)new Feature(Wkt.Read(f.Wkt), new AttributesTable { { f.Field, f.Value } }))
            .ToArray());
}
