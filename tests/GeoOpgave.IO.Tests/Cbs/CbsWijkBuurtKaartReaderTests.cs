using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.IO.Tests.Cbs;

public sealed class CbsWijkBuurtKaartReaderTests : IDisposable
{
    private const string Gemeente =
        "MULTIPOLYGON (((155000 463000, 157000 463000, 157000 465000, 155000 465000, 155000 463000)))";
    private const string Wijk = "POLYGON ((155000 463000, 156000 463000, 156000 464000, 155000 464000, 155000 463000))";
    private const string Buurt =
        "POLYGON ((155000 463000, 155500 463000, 155500 463500, 155000 463500, 155000 463000))";
    private const string BowTie =
        "POLYGON ((155000 463000, 155500 463500, 155500 463000, 155000 463500, 155000 463000))";
    private const string BuurtColumns =
        "buurtcode TEXT, buurtnaam TEXT, wijkcode TEXT, gemeentecode TEXT, jaar INTEGER, aantal_inwoners INTEGER, gemiddelde_woningwaarde REAL, water TEXT";
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_BuurtenOnly_DerivesWijkenAndGemeenteNamedFromTheBuurten()
    {
        var path = _files.PathOf("buurten.gpkg");
        const string columns = "buurtcode TEXT, buurtnaam TEXT, wijkcode TEXT, wijknaam TEXT, gemeentecode TEXT, "
            + "gemeentenaam TEXT, jaar INTEGER, aantal_inwoners INTEGER";
        const string east =
            "POLYGON ((155500 463000, 156000 463000, 156000 463500, 155500 463500, 155500 463000))";
        const string north =
            "POLYGON ((155000 463500, 155500 463500, 155500 464000, 155000 464000, 155000 463500))";
        ReaderGpkgBuilder.AddLayer(path, "buurten", columns, 28992,
            [Buurt, "BU03080000", "Centrum", "WK030800", null, "GM0308", "Baarn", 2024L, 100L],
            [east, "BU03080001", "Oost", "WK030800", "Baarn-Centrum", "GM0308", null, 2024L, 200L],
            [north, "BU03080100", "Noord", "WK030801", null, "GM0308", "Baarn", 2024L, 300L]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var wijken = result.Value.Areas.Where(a => a.Level == AreaLevel.Wijk).ToList();
        Assert.Equal(
            [("WK030800", "Baarn-Centrum", "GM0308"), ("WK030801", "WK030801", "GM0308")],
            wijken.Select(w => (w.Code, w.Name, w.GemeenteCode)));
        Assert.Equal(500_000, wijken[0].Geometry.Area, 1);
        Assert.IsType<NetTopologySuite.Geometries.Polygon>(wijken[0].Geometry);
        Assert.Equal(28992, wijken[0].Geometry.SRID);
        var gemeente = Assert.Single(result.Value.Areas, a => a.Level == AreaLevel.Gemeente);
        Assert.Equal(("GM0308", "Baarn", 2024, 750_000.0), (gemeente.Code, gemeente.Name, gemeente.Year,
            Math.Round(gemeente.Geometry.Area)));
        // Wijk and gemeente figures are rolled up from the buurten; derived areas have none of their own.
        Assert.All(result.Value.Kerncijfers, v => Assert.StartsWith("BU", v.AreaCode, StringComparison.Ordinal));
        var info = Assert.Single(result.Issues, i => i.Kind == IssueKind.AreasDerived);
        Assert.StartsWith("2 wijken en 1 gemeente afgeleid uit de buurten", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverlappingBuurten_DeriveTheirWijkByTheGeneralUnion()
    {
        // Not a coverage: the second buurt overlaps the first by 250 × 500 m, which the coverage union cannot merge.
        var path = _files.PathOf("overlap.gpkg");
        const string shifted =
            "POLYGON ((155250 463000, 155750 463000, 155750 463500, 155250 463500, 155250 463000))";
        ReaderGpkgBuilder.AddLayer(path, "buurten", "buurtcode TEXT, buurtnaam TEXT, jaar INTEGER", 28992,
            [Buurt, "BU03080000", "Centrum", 2024L],
            [shifted, "BU03080001", "Oost", 2024L]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var wijk = Assert.Single(result.Value.Areas, a => a.Level == AreaLevel.Wijk);
        Assert.True(wijk.Geometry.IsValid);
        Assert.Equal(375_000, wijk.Geometry.Area, 1);
    }

    [Fact]
    public void Read_WijkenWithoutGemeente_DerivesOnlyTheGemeente()
    {
        var path = _files.PathOf("wijken.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "wijken",
            "wijkcode TEXT, wijknaam TEXT, gemeentecode TEXT, gemeentenaam TEXT, jaar INTEGER", 28992,
            [Wijk, "WK039200", "Centrum", "GM0392", "Haarlem", 2024L]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(
            [("GM0392", "Haarlem"), ("WK039200", "Centrum")],
            result.Value.Areas.Select(a => (a.Code, a.Name)));
        Assert.Contains("1 gemeente afgeleid uit de wijken",
            Assert.Single(result.Issues, i => i.Kind == IssueKind.AreasDerived).Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Area> Buurten(ReadResult<CbsWijkBuurtKaart> result) =>
        result.Value!.Areas.Where(a => a.Level == AreaLevel.Buurt);

    [Fact]
    public void Read_ThreeLevelGeoPackage_ReturnsAreasWithParentsAndKerncijfers()
    {
        var path = _files.PathOf("wijkenbuurten.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "gemeenten",
            "gemeentecode TEXT, gemeentenaam TEXT, jaar INTEGER, aantal_inwoners INTEGER",
            28992,
            [Gemeente, "GM0363", "Amsterdam", 2024L, 900000L]
        );
        ReaderGpkgBuilder.AddLayer(
            path,
            "wijken",
            "wijkcode TEXT, wijknaam TEXT, gemeentecode TEXT, jaar INTEGER, aantal_inwoners INTEGER",
            28992,
            [Wijk, "WK036300", "Burgwallen", "GM0363", 2024L, 8000L]
        );
        ReaderGpkgBuilder.AddLayer(
            path,
            "buurten",
            BuurtColumns,
            28992,
            [Buurt, "BU03630000", "Kop Zeedijk", "WK036300", "GM0363", 2024L, 1200L, 412.5, "NEE"]
        );

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal([AreaLevel.Gemeente, AreaLevel.Wijk, AreaLevel.Buurt], result.Value.Areas.Select(a => a.Level));
        var buurt = result.Value.Areas[2];
        Assert.Equal(
            ("BU03630000", "Kop Zeedijk", "GM0363", "WK036300", 2024),
            (buurt.Code, buurt.Name, buurt.GemeenteCode, buurt.WijkCode, buurt.Year)
        );
        Assert.Equal(28992, buurt.Geometry.SRID);
        Assert.Null(result.Value.Areas[0].WijkCode);
        Assert.Equal(
            1200,
            result.Value.Kerncijfers.Single(v => v.AreaCode == "BU03630000" && v.IndicatorId == "aantal_inwoners").Value
        );
        Assert.Equal(412.5, result.Value.Kerncijfers.Single(v => v.IndicatorId == "gemiddelde_woningwaarde").Value);
        Assert.DoesNotContain(result.Value.Kerncijfers, v => v.IndicatorId is "jaar" or "buurtcode");
        // The water flag ("NEE") is kept as a number, so that a water buurt stays out of the ranking.
        Assert.Equal(0, result.Value.Kerncijfers.Single(v => v.IndicatorId == KerncijferIds.Water).Value);
    }

    [Fact]
    public void Read_CodeWithSpacesAndLowerCase_IsNormalised()
    {
        var path = _files.PathOf("codes.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, " bu03630000 ", "A", " wk036300", "gm0363 ", 2024L, 10L, 1.0, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        var area = Assert.Single(Buurten(result));
        Assert.Equal(("BU03630000", "WK036300", "GM0363"), (area.Code, area.WijkCode, area.GemeenteCode));
        Assert.All(result.Value!.Kerncijfers, v => Assert.Equal("BU03630000", v.AreaCode));
    }

    [Fact]
    public void Read_InvalidAndDuplicateCodes_RejectAreasWithFeatureIndexAndField()
    {
        var path = _files.PathOf("badcodes.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"],
            [Buurt, "BU0363", "B", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"],
            [Buurt, "bu03630000", "C", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.False(result.IsSuccess);
        Assert.Single(Buurten(result));
        var errors = result.Errors.OrderBy(i => i.FeatureIndex).ToArray();
        Assert.Equal(
            [(IssueKind.InvalidCode, 1, "buurtcode", "buurten"), (IssueKind.DuplicateCode, 2, "buurtcode", "buurten")],
            errors.Select(i => (i.Kind, i.FeatureIndex!.Value, i.Field!, i.Layer!)));
    }

    [Fact]
    public void Read_SelfIntersectingPolygon_IsRepairedWithWarning()
    {
        var path = _files.PathOf("bowtie.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "buurten",
            BuurtColumns,
            28992,
            [BowTie, "BU03630000", "A", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"]
        );

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var area = Assert.Single(Buurten(result));
        Assert.True(area.Geometry.IsValid);
        Assert.Equal(125_000, area.Geometry.Area, 1);
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Warning);
        Assert.Equal((IssueKind.Repaired, 0, "geometry"), (issue.Kind, issue.FeatureIndex, issue.Field));
    }

    [Fact]
    public void Read_GemeentenAsked_ReadsOnlyTheirAreasAndLeavesTheOthersProblemsOut()
    {
        var path = _files.PathOf("landelijk.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03080000", "Centrum", "WK030800", "GM0308", 2024L, 10L, 1.0, "NEE"],
            [Buurt, "BU03630000", "Burgwallen", "WK036300", "GM0363", 2024L, 20L, 1.0, "NEE"],
            [null, "BU03630001", "Zonder vlak", "WK036300", "GM0363", 2024L, 30L, 1.0, "NEE"],
            [Buurt, "BU00140000", "Binnenstad", "WK001400", "GM0014", 2024L, 40L, 1.0, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path, gemeenten: new HashSet<string> { "GM0308" });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(["BU03080000", "GM0308", "WK030800"], result.Value.Areas.Select(a => a.Code).Order());
        Assert.All(result.Value.Kerncijfers, v => Assert.Equal("BU03080000", v.AreaCode));
        var skipped = Assert.Single(result.Issues, i => i.Kind == IssueKind.OtherGemeentenSkipped);
        Assert.Equal("Alleen GM0308 ingelezen; 3 gebieden van 2 andere gemeenten overgeslagen.", skipped.Message);
    }

    [Fact]
    public void Read_NoneOfTheAskedGemeenten_IsRefusedNamingThoseInTheFile()
    {
        var path = _files.PathOf("elders.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03630000", "Burgwallen", "WK036300", "GM0363", 2024L, 20L, 1.0, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path, gemeenten: new HashSet<string> { "GM0308", "GM0307" });

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal(IssueKind.NoAreas, error.Kind);
        Assert.Equal(
            "Het bestand heeft geen gebieden van GM0307, GM0308; wel van 1 andere, zoals GM0363.",
            error.Message);
    }

    [Theory]
    [InlineData(null, IssueKind.EmptyGeometry)]
    [InlineData("POLYGON EMPTY", IssueKind.EmptyGeometry)]
    [InlineData("POINT (155000 463000)", IssueKind.UnsupportedGeometry)]
    public void Read_UnusableGeometry_RejectsArea(string? wkt, IssueKind expected)
    {
        var path = _files.PathOf("unusable.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"],
            [wkt, "BU03630001", "B", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.False(result.IsSuccess);
        Assert.Equal("BU03630000", Assert.Single(Buurten(result)).Code);
        var issue = Assert.Single(result.Errors);
        Assert.Equal((expected, 1), (issue.Kind, issue.FeatureIndex));
        Assert.DoesNotContain(result.Value!.Kerncijfers, v => v.AreaCode == "BU03630001");
    }

    [Fact]
    public void Read_Wgs84GeoJson_ReturnsBuurtenInRdNew()
    {
        var path = _files.Write("buurten.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"buurtcode":"BU03080000","buurtnaam":"Centrum",
             "wijkcode":"WK030800","gemeentecode":"GM0308","jaar":2024,"aantal_inwoners":1825,"gemiddelde_woningwaarde":-99995,
             "percentage_koopwoningen":-99997.0,"meest_voorkomende_postcode":"3743"},
             "geometry":{"type":"Polygon","coordinates":[[[5.387,52.155],[5.389,52.155],[5.389,52.157],[5.387,52.157],[5.387,52.155]]]}}]}
            """);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var area = Assert.Single(Buurten(result));
        Assert.InRange(area.Geometry.Centroid.X, 154_900, 155_200);
        Assert.InRange(area.Geometry.Centroid.Y, 462_900, 463_300);
        Assert.Equal(1, result.Value.SentinelCounts["gemiddelde_woningwaarde"]);
        Assert.Equal(1, result.Value.SentinelCounts["percentage_koopwoningen"]);
        Assert.DoesNotContain(result.Value.Kerncijfers, v => v.IndicatorId == "meest_voorkomende_postcode");
    }

    [Fact]
    public void Read_LayerWithoutCbsCodes_ReportsMissingField()
    {
        var path = _files.PathOf("other.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "bomen", "soort TEXT", 28992, ["POINT (155000 463000)", "eik"]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.Null(result.Value);
        Assert.Equal(IssueKind.MissingField, Assert.Single(result.Issues).Kind);
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(1800)]
    public void Read_YearOutsideTheRange_IsRefused(int year)
    {
        var path = _files.PathOf("jaar.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path, year);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.YearOutOfRange, IssueSeverity.Error), (issue.Kind, issue.Severity));
        Assert.Contains("van 1900 tot en met 2100", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnsupportedExtension_ReportsUnsupportedFormat()
    {
        var path = _files.Write("kaart.txt", "niets");

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.Equal(IssueKind.UnsupportedFormat, Assert.Single(result.Issues).Kind);
    }
}
