using GeoOpgave.Application.Export;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Export;

public sealed class FeatureFilterTests
{
    private static readonly WKTReader Wkt = new();

    private static readonly VectorLayer Layer = new("buurten", 28992,
    [
        Feature("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "BU1", "WK1", 2L),
        Feature("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))", "BU2", "WK1", 0L),
        Feature("POLYGON ((40 0, 50 0, 50 10, 40 10, 40 0))", "BU3", "WK2", 2L),
    ]);

    [Fact]
    public void Apply_LimitAndOffset_ReturnsThePageAndTheTotal()
    {
        var page = FeatureFilter.Apply(Layer, Query(limit: 1, offset: 1));

        Assert.Equal(["BU2"], page.Features.Select(Code));
        Assert.Equal(3, page.NumberMatched);
    }

    [Fact]
    public void Apply_Area_KeepsOnlyIntersectingFeatures()
    {
        var page = FeatureFilter.Apply(Layer, Query(area: "POLYGON ((5 5, 25 5, 25 6, 5 6, 5 5))"));

        Assert.Equal(["BU1", "BU2"], page.Features.Select(Code));
    }

    [Fact]
    public void Apply_PropertyFilters_MatchTextOfEveryValueType()
    {
        var page = FeatureFilter.Apply(Layer, Query(properties: new() { ["wijkcode"] = "WK1", ["overlap"] = "2" }));

        Assert.Equal(["BU1"], page.Features.Select(Code));
        Assert.Equal(1, page.NumberMatched);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(FeatureFilter.Find(Layer, "buurtcode", "BU9"));
        Assert.Equal("BU3", Code(FeatureFilter.Find(Layer, "buurtcode", "BU3")!));
    }

    private static FeatureQuery Query(
        int limit = 100,
        int offset = 0,
        string? area = null,
        Dictionary<string, string>? properties = null
    ) =>
        new(
            limit,
            offset,
            area is null ? null : Wkt.Read(area),
            properties ?? new Dictionary<string, string>(StringComparer.Ordinal)
        );

    private static IFeature Feature(string wkt, string code, string wijk, long overlap) =>
        new Feature(
            Wkt.Read(wkt),
            new AttributesTable
            {
                { "buurtcode", code },
                { "wijkcode", wijk },
                { "overlap", overlap },
            }
        );

    private static string Code(IFeature feature) => (string)feature.Attributes["buurtcode"];
}
