using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.Tests.Fixtures;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.Tests.TopoJson;

public sealed class TopoJsonReaderTests : IDisposable
{
    // Quantised around the RD New origin: arc 0 is the edge x = 0 from y 0 to 100 that both squares share; the left
    // square walks it forwards, the right one backwards (~0 = -1). Arc 3 is a hole that quantisation collapsed.
    private const string Arcs = """
        "transform":{"scale":[1,1],"translate":[155000,463000]},
        "arcs":[[[0,0],[0,100]],[[0,100],[-100,0],[0,-100],[100,0]],[[0,0],[100,0],[0,100],[-100,0]],
                [[10,10],[1,0],[-1,0]]]
        """;

    private const string Squares = """
        {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"BU99990001","statnaam":"Links","jaarcode":2024}},
        {"type":"Polygon","arcs":[[2,-1],[3]],"properties":{"statcode":"BU99990002","statnaam":"Rechts","jaarcode":2024}}
        """;

    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_QuantisedTopology_StitchesSharedArcsIntoTouchingSquares()
    {
        var path = Topology("squares.json", $$$"""
            "buurten":{"type":"GeometryCollection","geometries":[{{{Squares}}},
              {"type":"Point","coordinates":[50,50],"properties":{"naam":"punt"}},
              {"type":"LineString","arcs":[-1]}]}
            """);

        var result = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992 });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal("squares", result.Value.Name);
        var features = result.Value.Features;
        Assert.Equal(4, features.Count);
        var (left, right) = (features[0].Geometry, features[1].Geometry);
        Assert.Equal(10_000, left.Area, 6);
        Assert.Equal(10_000, right.Area, 6);
        Assert.Equal(new Envelope(154_900, 155_000, 463_000, 463_100), left.EnvelopeInternal);
        Assert.Equal(new Envelope(155_000, 155_100, 463_000, 463_100), right.EnvelopeInternal);
        Assert.True(left.Touches(right));
        Assert.Equal("Rechts", features[1].Attributes["statnaam"]);
        Assert.Equal(new Coordinate(155_050, 463_050), features[2].Geometry.Coordinate);
        var line = features[3].Geometry.Coordinates;
        Assert.Equal([new Coordinate(155_000, 463_100), new Coordinate(155_000, 463_000)], line);
    }

    [Fact]
    public void Read_CollapsedHole_IsDroppedWithOneWarning()
    {
        var path = Topology("holes.json", $$$"""
            "buurten":{"type":"GeometryCollection","geometries":[{{{Squares}}}]}
            """);

        var result = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992 });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(0, ((Polygon)result.Value.Features[1].Geometry).NumInteriorRings);
        var warning = Assert.Single(result.Issues, i => i.Kind == IssueKind.Repaired);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.StartsWith("1 ringen", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PolygonWhoseOnlyRingCollapsed_IsLeftOutAsEmpty()
    {
        var path = Topology("collapsed.json", """
            "buurten":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,1]]},{"type":"Polygon","arcs":[[3]],"properties":{"statcode":"x"}}]}
            """);

        var result = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992 });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Single(result.Value.Features);
        var empty = Assert.Single(result.Issues, i => i.Kind == IssueKind.EmptyGeometry);
        Assert.Equal(1, empty.FeatureIndex);
    }

    [Theory]
    [InlineData("[[0,99]]", "de boog 99 bestaat niet (de topologie heeft 4 bogen)")]
    [InlineData("[[0]]", "een ring sluit niet")]
    [InlineData("[[0,\"a\"]]", "de boog \"a\" bestaat niet")]
    [InlineData("12", "verwacht een lijst, maar vond 12")]
    public void Read_BrokenPolygon_IsAnErrorOnItsFeature(string arcs, string reason)
    {
        var path = Topology("broken.json", $$$"""
            "buurten":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,1]]},{"type":"Polygon","arcs":{{{arcs}}}}]}
            """);

        var result = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992 });

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.BrokenGeometry, 1, "arcs"), (error.Kind, error.FeatureIndex, error.Field));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("broken", error.Layer);
    }

    [Fact]
    public void Read_ArcThatIsNotAListOfPositions_RejectsTheFile()
    {
        var path = _files.Write("arcs.json", """
            {"type":"Topology","arcs":[[[0,0],[1,1]],[[0,0],"x"]],
             "objects":{"a":{"type":"GeometryCollection","geometries":[]}}}
            """);

        var result = GeoJsonReader.Read(path);

        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.UnsupportedFormat, "arcs"), (error.Kind, error.Field));
        Assert.Contains("Boog 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralObjects_AsksWhichOneAndReadsTheNamedOne()
    {
        var path = Topology("two.json", """
            "wijken":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0,1]]}]},
            "buurten":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[2,-1]]}]}
            """);

        var unnamed = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992 });
        var named = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992, Layer = "Buurten" });
        var missing = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992, Layer = "gemeenten" });

        var ask = Assert.Single(unnamed.Errors);
        Assert.Equal(IssueKind.LayerNotFound, ask.Kind);
        Assert.Contains("2 objecten (wijken, buurten); kies er één met --layer", ask.Message, StringComparison.Ordinal);
        Assert.True(named.IsSuccess, string.Join("; ", named.Issues));
        Assert.Equal("buurten", named.Value.Name);
        Assert.Equal(155_050, Assert.Single(named.Value.Features).Geometry.Centroid.X, 6);
        Assert.Contains("geen object 'gemeenten'; wel: wijken, buurten", Assert.Single(missing.Errors).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Wgs84TopologyWithoutTransform_LandsInRdNew()
    {
        // The RD New origin in Amersfoort: lon 5.38720621, lat 52.15517440 is x 155000, y 463000.
        var path = _files.Write("wgs84.json", """
            {"type":"Topology","arcs":[],"objects":{"punten":{"type":"GeometryCollection","geometries":[
              {"type":"Point","coordinates":[5.38720621,52.15517440]}]}}}
            """);

        var result = GeoJsonReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var point = Assert.Single(result.Value.Features).Geometry.Coordinate;
        Assert.InRange(point.X, 154_999, 155_001);
        Assert.InRange(point.Y, 462_999, 463_001);
    }

    [Fact]
    public void CbsRead_GebiedsindelingTopology_GivesEveryObjectsAreasByStatcode()
    {
        var path = Topology("indeling.json", $$$"""
            "gemeenten":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[1,2]],"properties":{"statcode":"GM9999","statnaam":"Demodam","jaarcode":2024}}]},
            "buurten":{"type":"GeometryCollection","geometries":[{{{Squares}}}]}
            """, rdNew: true);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var areas = result.Value.Areas;
        // The topology has no wijken object; the wijk is dissolved from its buurten.
        Assert.Equal(["GM9999", "WK999900", "BU99990001", "BU99990002"], areas.Select(a => a.Code));
        var right = areas[3];
        Assert.Equal(("Rechts", AreaLevel.Buurt, "WK999900", "GM9999", 2024),
            (right.Name, right.Level, right.WijkCode, right.GemeenteCode, right.Year));
        Assert.Equal(10_000, right.Geometry.Area, 6);
    }

    private string Topology(string fileName, string objects, bool rdNew = false)
    {
        var crs = rdNew ? """ "crs":{"type":"name","properties":{"name":"EPSG:28992"}}, """ : string.Empty;
        return _files.Write(fileName, "{\"type\":\"Topology\"," + crs + Arcs + ",\"objects\":{" + objects + "}}");
    }
}
