using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace GeoOpgave.IO.Tests.Cbs;

/// <summary>How the CBS reader reads fields: name spellings, sentinels, empty columns and the year.</summary>
public sealed class CbsFieldReaderTests : IDisposable
{
    private const string Wijk = "POLYGON ((155000 463000, 156000 463000, 156000 464000, 155000 464000, 155000 463000))";
    private const string Buurt =
        "POLYGON ((155000 463000, 155500 463000, 155500 463500, 155000 463500, 155000 463000))";
    private const string BuurtColumns =
        "buurtcode TEXT, buurtnaam TEXT, wijkcode TEXT, gemeentecode TEXT, jaar INTEGER, aantal_inwoners INTEGER, gemiddelde_woningwaarde REAL, water TEXT";
    private const string RdNewPrj =
        "PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],"
        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Double_Stereographic\"],PARAMETER[\"False_Easting\",155000.0],"
        + "PARAMETER[\"False_Northing\",463000.0],PARAMETER[\"Central_Meridian\",5.38763888888889],PARAMETER[\"Scale_Factor\",0.9999079],"
        + "PARAMETER[\"Latitude_Of_Origin\",52.15616055555555],UNIT[\"Meter\",1.0]]";

    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_CbsSentinels_BecomeNullAndAreCountedPerField()
    {
        var path = _files.PathOf("sentinels.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L, -99999999L, -99997.0, "NEE"],
            [Buurt, "BU03630001", "B", "WK036300", "GM0363", 2024L, -99995L, -99999997.0, "NEE"],
            [Buurt, "BU03630002", "C", "WK036300", "GM0363", 2024L, 0L, null, "NEE"]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var inwoners = result
            .Value.Kerncijfers.Where(v => v.IndicatorId == "aantal_inwoners")
            .OrderBy(v => v.AreaCode)
            .Select(v => v.Value);
        Assert.Equal([null, null, 0.0], inwoners);
        Assert.All(result.Value.Kerncijfers.Where(v => v.IndicatorId == "gemiddelde_woningwaarde"), v =>
            Assert.Null(v.Value)
        );
        Assert.Equal(2, result.Value.SentinelCounts["aantal_inwoners"]);
        Assert.Equal(2, result.Value.SentinelCounts["gemiddelde_woningwaarde"]);
        Assert.Contains(result.Issues, i =>
            i is { Kind: IssueKind.MissingValues, Severity: IssueSeverity.Info, Field: "aantal_inwoners" }
        );
    }

    [Fact]
    public void Read_AllEmptyNumericColumn_GivesUnknownValuesNotZero()
    {
        var path = _files.PathOf("leeg.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", BuurtColumns, 28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L, null, 1.0, "NEE"],
            [Buurt, "BU03630001", "B", "WK036300", "GM0363", 2024L, null, 2.0, "JA"]);

        var result = CbsWijkBuurtKaartReader.Read(path);

        var inwoners = result.Value!.Kerncijfers.Where(v => v.IndicatorId == "aantal_inwoners").ToArray();
        Assert.Equal(2, inwoners.Length);
        Assert.All(inwoners, v => Assert.Null(v.Value));
        Assert.False(result.Value.SentinelCounts.ContainsKey("aantal_inwoners"));
    }

    [Fact]
    public void Read_CamelCaseFields_MapToSnakeCaseIndicators()
    {
        var path = _files.PathOf("camel.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "wijken_haarlem",
            "wijkcode TEXT, wijknaam TEXT, gemeentecode TEXT, jaar INTEGER, aantalInwoners INTEGER, stedelijkheidAdressenPerKm2 INTEGER, percentagePersonen0Tot15Jaar INTEGER",
            28992,
            [Wijk, "WK039201", "Oude Stad", "GM0392", 2024L, 14745L, 1L, 9L]
        );

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal([AreaLevel.Gemeente, AreaLevel.Wijk], result.Value.Areas.Select(a => a.Level));
        Assert.Equal(
            ["aantal_inwoners", "percentage_personen_0_tot_15_jaar", "stedelijkheid_adressen_per_km2"],
            result.Value.Kerncijfers.Select(v => v.IndicatorId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_UpperCaseShapefile_RecognisesAliasesAndReadsYearOption()
    {
        var path = _files.PathOf("buurt_2019.shp");
        var attributes = new AttributesTable
        {
            { "BU_CODE", "BU03630000" },
            { "BU_NAAM", "Kop Zeedijk" },
            { "GM_CODE", "GM0363" },
            { "AANT_INW", 1200 },
            { "EXTRA_VELD", 3.5 },
        };
        EsriShapefile.WriteAllFeatures([new Feature(new WKTReader().Read(Buurt), attributes)], path, RdNewPrj);

        var result = CbsWijkBuurtKaartReader.Read(path, year: 2019);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var area = Assert.Single(result.Value.Areas, a => a.Level == AreaLevel.Buurt);
        Assert.Equal(("BU03630000", "Kop Zeedijk", 2019), (area.Code, area.Name, area.Year));
        Assert.Equal(1200, result.Value.Kerncijfers.Single(v => v.IndicatorId == "aantal_inwoners").Value);
        Assert.Equal(3.5, result.Value.Kerncijfers.Single(v => v.IndicatorId == "extra_veld").Value);
    }

    [Fact]
    public void Read_YearOptionDiffersFromJaarField_UsesOptionWithWarning()
    {
        var path = _files.PathOf("jaar.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "buurten",
            BuurtColumns,
            28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L, 1L, 1.0, "NEE"]
        );

        var result = CbsWijkBuurtKaartReader.Read(path, year: 2023);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(2023, Assert.Single(result.Value.Areas, a => a.Level == AreaLevel.Buurt).Year);
        Assert.All(result.Value.Kerncijfers, v => Assert.Equal(2023, v.Year));
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Warning);
        Assert.Equal((IssueKind.YearMismatch, "jaar"), (issue.Kind, issue.Field));
    }

    [Fact]
    public void Read_NoYearAnywhere_ReportsMissingYear()
    {
        var path = _files.PathOf("noyear.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "buurten",
            "buurtcode TEXT, buurtnaam TEXT",
            28992,
            [Buurt, "BU03630000", "A"]
        );

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.MissingYear, 0), (issue.Kind, issue.FeatureIndex));
        Assert.Empty(result.Value!.Areas);
    }

    [Fact]
    public void Read_YearFromJrstatcode_WhenNoJaarField()
    {
        var path = _files.PathOf("jrstat.gpkg");
        ReaderGpkgBuilder.AddLayer(
            path,
            "buurten",
            "buurtcode TEXT, buurtnaam TEXT, jrstatcode TEXT",
            28992,
            [Buurt, "BU03630000", "A", "2022BU03630000"]
        );

        var result = CbsWijkBuurtKaartReader.Read(path);

        Assert.Equal(2022, Assert.Single(result.Value!.Areas, a => a.Level == AreaLevel.Buurt).Year);
    }

    [Theory]
    [InlineData(-99999999.0, true)]
    [InlineData(-99999997.0, true)]
    [InlineData(-99995.0, true)]
    [InlineData(-99997.0, true)]
    [InlineData(-100000000.0, true)]
    [InlineData(-99996.0, false)]
    [InlineData(0.0, false)]
    [InlineData(-1.0, false)]
    public void IsMissing_Value_RecognisesSentinels(double value, bool expected) =>
        Assert.Equal(expected, CbsSentinels.IsMissing(value));

    [Theory]
    [InlineData("GM_CODE", "gemeentecode")]
    [InlineData("BU_NAAM", "buurtnaam")]
    [InlineData("JRSTATCODE", "jrstatcode")]
    [InlineData("AANT_INW", "aantal_inwoners")]
    [InlineData("aantal_inwoners", "aantal_inwoners")]
    [InlineData("gemiddeldeWoningwaarde", "gemiddelde_woningwaarde")]
    [InlineData("bevolkingsdichtheidInwonersPerKm2", "bevolkingsdichtheid_inwoners_per_km2")]
    [InlineData("gemiddeldGasverbruik2Onder1KapWoning", "gemiddeld_gasverbruik_2_onder_1_kap_woning")]
    [InlineData("ONBEKEND_VELD", "onbekend_veld")]
    public void Canonical_FieldName_ReturnsSnakeCase(string field, string expected) =>
        Assert.Equal(expected, CbsFieldAliases.Canonical(field));
}
