using GeoOpgave.Application.Export;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Export;

public sealed class PublishedCollectionTests
{
    private static readonly WKTReader Wkt = new();

    // Three 10 m squares in a row near Amersfoort; BU3 has no geometry.
    private static readonly PublishedCollection Collection = new(
        new CollectionData(
            new FeatureCollectionInfo("buurten", "Buurten", "", CollectionKind.Analysis, "buurtcode"),
            [2024],
            new VectorLayer(
                "buurten",
                Srid.RdNew,
                [
                    Feature(
                        "POLYGON ((155000 463000, 155010 463000, 155010 463010, 155000 463010, 155000 463000))",
                        "BU1",
                        2
                    ),
                    Feature(
                        "POLYGON ((155020 463000, 155030 463000, 155030 463010, 155020 463010, 155020 463000))",
                        "BU2",
                        0
                    ),
                    new Feature(
                        new GeometryFactory().CreatePolygon(),
                        new AttributesTable { { "buurtcode", "BU3" }, { "overlap", 2L } }
                    ),
                    Feature(
                        "POLYGON ((155040 463000, 155050 463000, 155050 463010, 155040 463010, 155040 463000))",
                        "BU4",
                        2
                    ),
                ]
            )
        ),
        workspaceVersion: 7,
        etag: "\"t-7-0\"");

    [Fact]
    public void Query_BboxAndPaging_MatchesTheInMemoryFilterInOrder()
    {
        var area = Wkt.Read("POLYGON ((155005 463005, 155045 463005, 155045 463006, 155005 463006, 155005 463005))");
        var query = new FeatureQuery(Limit: 2, Offset: 1, area, new Dictionary<string, string>());

        var page = Collection.Query(query);

        var expected = FeatureFilter.Apply(Collection.Data.Layer, query);
        Assert.Equal(expected.Features.Select(Code), page.Features.Select(Code));
        Assert.Equal(["BU2", "BU4"], page.Features.Select(Code));
        Assert.Equal(3, page.NumberMatched);
    }

    [Fact]
    public void Query_PropertyWithoutBbox_CountsEveryMatchIncludingEmptyGeometry()
    {
        var page = Collection.Query(
            new FeatureQuery(10, 0, null, new Dictionary<string, string> { ["overlap"] = "2" })
        );

        Assert.Equal(["BU1", "BU3", "BU4"], page.Features.Select(Code));
    }

    [Fact]
    public void Query_Wgs84_ReturnsTheSameFeaturesInLongitudeLatitude()
    {
        var page = Collection.Query(new FeatureQuery(1, 0, null, new Dictionary<string, string>()), Srid.Wgs84);

        var point = page.Features[0].Geometry.Coordinates[0];
        Assert.Equal("BU1", Code(page.Features[0]));
        Assert.InRange(point.X, 5.38, 5.40);
        Assert.InRange(point.Y, 52.15, 52.16);
        Assert.Equal(Srid.Wgs84, Collection.Wgs84.Srid);
    }

    [Fact]
    public void Find_KnownAndUnknownCode_ReturnsTheFeatureOrNull()
    {
        Assert.Equal("BU2", Code(Collection.Find("BU2")!));
        Assert.Null(Collection.Find("BU9"));
    }

    [Fact]
    public void Derived_AskedTwice_BuildsOnce()
    {
        var builds = 0;

        var first = Collection.Derived("test-count", _ => new object[] { Interlocked.Increment(ref builds) });
        var second = Collection.Derived("test-count", _ => new object[] { Interlocked.Increment(ref builds) });

        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    private static string Code(IFeature feature) => (string)feature.Attributes["buurtcode"];

    private static Feature Feature(string wkt, string code, long overlap) =>
        new(Wkt.Read(wkt), new AttributesTable { { "buurtcode", code }, { "overlap", overlap } });
}
