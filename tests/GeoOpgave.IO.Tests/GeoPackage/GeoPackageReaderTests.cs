using GeoOpgave.Core.Issues;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.Tests.GeoPackage;

public sealed class GeoPackageReaderTests : IDisposable
{
    private const string Square =
        "POLYGON ((155000 463000, 155100 463000, 155100 463100, 155000 463100, 155000 463000))";
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_MoreRowsThanMaxFeatures_StopsAndRefuses()
    {
        var path = _files.PathOf("te-veel.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "punten", "naam TEXT", 28992,
            ["POINT (156000 464000)", "a"], ["POINT (156001 464000)", "b"], ["POINT (156002 464000)", "c"]);

        var refused = GeoPackageReader.Read(path, "punten", maxFeatures: 2);
        var allowed = GeoPackageReader.Read(path, "punten", maxFeatures: 3);

        Assert.Null(refused.Value);
        Assert.Contains(
            "meer dan 2 objecten",
            Assert.Single(refused.Issues, i => i.Kind == IssueKind.TooLarge).Message,
            StringComparison.Ordinal
        );
        Assert.Equal(3, allowed.Value?.Features.Count);
    }

    [Fact]
    public void Read_RecursiveViewAsLayer_IsRefusedWithoutRunningIt()
    {
        var path = _files.PathOf("eindeloos.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "punten", "naam TEXT", 28992, ["POINT (156000 464000)", "a"]);
        ReaderGpkgBuilder.AddEndlessView(path, "eindeloos");

        var result = GeoPackageReader.Read(path, "eindeloos");

        Assert.Null(result.Value);
        Assert.Contains(
            "view",
            Assert.Single(result.Issues, i => i.Kind == IssueKind.UnsupportedFormat).Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Read_RdNewLayer_ReturnsFeaturesWithTypedAttributes()
    {
        var path = _files.PathOf("buurten.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "buurten",
            "naam TEXT, inwoners INTEGER, dichtheid REAL, opmerking TEXT",
            28992,
            [Square, "Centrum", 1200L, 45.5, null],
            ["POINT (156000 464000)", "Noord", 800L, 12.25, "nieuw"]);

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(28992, result.Value.Srid);
        Assert.Equal(2, result.Value.Features.Count);
        var first = result.Value.Features[0];
        Assert.Equal(28992, first.Geometry.SRID);
        Assert.True(first.Geometry.EqualsExact(new WKTReader().Read(Square)));
        Assert.Equal("Centrum", first.Attributes["naam"]);
        Assert.Equal(1200L, first.Attributes["inwoners"]);
        Assert.Equal(45.5, first.Attributes["dichtheid"]);
        Assert.Null(first.Attributes["opmerking"]);
        Assert.False(first.Attributes.Exists("fid"));
    }

    [Fact]
    public void ListLayers_FeatureAndAttributeTables_ReturnsOnlyFeatureTables()
    {
        var path = _files.PathOf("two.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "wijken", "naam TEXT", 28992, [Square, "A"]);
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 4326, ["POINT (5.387 52.155)", "B"]);

        var result = GeoPackageReader.ListLayers(path);

        Assert.True(result.IsSuccess);
        Assert.Equal(["buurten", "wijken"], result.Value.Select(l => l.Name));
        Assert.Equal(4326, result.Value[0].SrsId);
        Assert.Equal("geom", result.Value[0].GeometryColumn);
    }

    [Fact]
    public void Read_Wgs84Layer_TransformsToRdNewWithinOneMetre()
    {
        var path = _files.PathOf("wgs84.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "punten", string.Empty, 4326, ["POINT (5.38720621 52.15517440)"]);

        var result = GeoPackageReader.Read(path, "punten");

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var point = result.Value.Features[0].Geometry.Coordinate;
        Assert.InRange(point.X, 154_999, 155_001);
        Assert.InRange(point.Y, 462_999, 463_001);
    }

    [Fact]
    public void Read_WebMercatorLayer_TransformsToRdNewWithinOneMetre()
    {
        var path = _files.PathOf("mercator.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "punten", string.Empty, 3857, ["POINT (599701.052 6828231.754)"]);

        var result = GeoPackageReader.Read(path, "punten");

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var point = result.Value.Features[0].Geometry.Coordinate;
        Assert.InRange(point.X, 154_999, 155_001);
        Assert.InRange(point.Y, 462_999, 463_001);
    }

    [Fact]
    public void Read_MissingFile_ReturnsFileNotFound()
    {
        var result = GeoPackageReader.Read(_files.PathOf("nergens.gpkg"), "buurten");

        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal(IssueKind.FileNotFound, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_TextFile_ReturnsNotAGeoPackage()
    {
        var path = _files.Write(
            "tekst.gpkg",
            "dit is geen database, maar gewoon een tekstbestand dat lang genoeg is om als header te tellen"
        );

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.Equal(IssueKind.NotAGeoPackage, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_SqliteWithoutGpkgContents_ReturnsNotAGeoPackage()
    {
        var path = _files.PathOf("plain.sqlite");
        ReaderGpkgBuilder.CreatePlainSqlite(path);

        var result = GeoPackageReader.ListLayers(path);

        Assert.Equal(IssueKind.NotAGeoPackage, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_UnknownLayer_ReturnsLayerNotFoundNamingAvailableLayers()
    {
        var path = _files.PathOf("one.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "wijken", "naam TEXT", 28992, [Square, "A"]);

        var result = GeoPackageReader.Read(path, "buurten");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueKind.LayerNotFound, issue.Kind);
        Assert.Contains("wijken", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenGeometryBlob_ReportsFeatureAndFieldAndKeepsOtherFeatures()
    {
        var path = _files.PathOf("broken.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 28992,
            [Square, "goed"],
            [new byte[] { 0x47, 0x50, 0x00, 0x01, 0xFF, 0xFF }, "kapot"]);

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(IssueKind.BrokenGeometry, issue.Kind);
        Assert.Equal(1, issue.FeatureIndex);
        Assert.Equal("geom", issue.Field);
        Assert.Equal("buurten", issue.Layer);
        Assert.Equal("goed", Assert.Single(result.Value!.Features).Attributes["naam"]);
    }

    [Fact]
    public void Read_GeometryNotWanted_KeepsTheRowWithItsAttributesButParsesNothing()
    {
        var path = _files.PathOf("landelijk.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 28992,
            [Square, "hier"],
            [new byte[] { 0x47, 0x50, 0x00, 0x01, 0xFF, 0xFF }, "elders kapot"],
            [null, "elders leeg"]);

        var result = GeoPackageReader.Read(
            path,
            "buurten",
            keepFeaturesWithoutGeometry: true,
            wantsGeometry: a => (string)a["naam"] == "hier"
        );

        // A broken or missing geometry nobody asked for is no problem of this read: it was never looked at.
        Assert.True(result.IsSuccess);
        Assert.Empty(result.Issues);
        Assert.Equal(
            [("hier", true), ("elders kapot", false), ("elders leeg", false)],
            result.Value.Features.Select(f => ((string)f.Attributes["naam"], f.Geometry is not null))
        );
    }

    [Fact]
    public void Read_NullGeometry_SkipsFeatureWithWarning()
    {
        var path = _files.PathOf("nullgeom.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 28992, [Square, "goed"], [null, "leeg"]);

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.True(result.IsSuccess);
        Assert.Single(result.Value.Features);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(
            (IssueSeverity.Warning, IssueKind.MissingGeometry, 1),
            (issue.Severity, issue.Kind, issue.FeatureIndex)
        );
    }

    [Fact]
    public void Read_UnsupportedCrs_ReturnsUnknownCrs()
    {
        var path = _files.PathOf("lambert.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", string.Empty, 2154, ["POINT (650000 6860000)"]);

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.Null(result.Value);
        Assert.Equal(IssueKind.UnknownCrs, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_UndefinedCrs_ReturnsMissingCrs()
    {
        var path = _files.PathOf("undefined.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", string.Empty, -1, ["POINT (155000 463000)"]);

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.Equal(IssueKind.MissingCrs, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_SwappedRdCoordinates_ReportsOutsideNetherlands()
    {
        var path = _files.PathOf("swapped.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "punten",
            string.Empty,
            28992,
            ["POINT (155000 463000)"],
            ["POINT (463000 155000)"]
        );

        var result = GeoPackageReader.Read(path, "punten");

        var issue = Assert.Single(result.Errors);
        Assert.Equal(IssueKind.OutsideNetherlands, issue.Kind);
        Assert.Equal(1, issue.FeatureIndex);
        Assert.Contains("verwisseld", issue.Message, StringComparison.Ordinal);
    }
}
