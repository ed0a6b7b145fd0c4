using System.Text.Json;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Tests.Import;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.IO.Features;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Werken;

public sealed class WerkenImportTests
{
    private static readonly WerkenFields Defaults = new();

    [Fact]
    public async Task ImportAsync_GeoPackageWithDutchFieldNames_LandsAsWorksWithNormalisedAttributes()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(
            workspace.File("grp.gpkg"),
            Layer(
                "riool_grp",
                (
                    "LINESTRING (150000 460000, 150200 460000)",
                    new()
                    {
                        ["soort"] = "GRP vervanging",
                        ["aanlegjaar"] = 2027L,
                        ["beheerder"] = "Gemeente Demodam",
                        ["omschrijving"] = "Kerkstraat",
                    }
                ),
                (
                    "LINESTRING (150200 460000, 150200 460300)",
                    new()
                    {
                        ["soort"] = "Warmtenet",
                        ["aanlegjaar"] = 2029L,
                        ["eindjaar"] = 2030L,
                        ["beheerder"] = "Warmtebedrijf",
                        ["omschrijving"] = "Molenweg",
                    }
                )
            )
        );

        var result = await workspace.ImportAsync(new ImportRequest(path) { Werken = Defaults });

        Assert.True(
            result.Imported,
            string.Join("; ", result.Reports.SelectMany(r => r.Issues).Select(i => i.Message))
        );
        Assert.Equal("werken", result.Reports[0].Kind);
        var layer = Assert.Single(await workspace.LayersAsync());
        Assert.Equal(LayerKind.Werken, layer.Kind);
        var features = await workspace.FeaturesAsync(layer.Id);
        var works = features.Select(f => WerkenRecords.ToWork(layer.Name, f)).ToList();
        Assert.Equal(
            [
                ("riool_grp:0", "riolering", 2027, 2027, "Gemeente Demodam", "Kerkstraat"),
                ("riool_grp:1", "warmtenet", 2029, 2030, "Warmtebedrijf", "Molenweg"),
            ],
            works.Select(w => (w.Id, w.Soort, w.Start!.Value, w.Eind!.Value, w.Eigenaar!, w.Naam!))
        );
        using var json = JsonDocument.Parse(features[0].AttributesJson!);
        Assert.Equal("GRP vervanging", json.RootElement.GetProperty("soort").GetString());
    }

    [Fact]
    public async Task ImportAsync_GeoJsonWithDatesAndExplicitFields_ReadsTheYearsOfTheDates()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("herinrichting.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
             "features":[{"type":"Feature","properties":{"project":"Marktplein","van":"2026-03-01","tot":"31-12-2028","wie":"Gemeente","fase":"ontwerp"},
               "geometry":{"type":"Polygon","coordinates":[[[150000,460000],[150100,460000],[150100,460100],[150000,460100],[150000,460000]]]}}]}
            """);

        var result = await workspace.ImportAsync(
            new ImportRequest(path)
            {
                Werken = new WerkenFields
                {
                    Type = "herinrichting",
                    StartField = "van",
                    EndField = "tot",
                    OwnerField = "wie",
                    NameField = "project",
                },
            }
        );

        Assert.True(result.Imported);
        var layer = Assert.Single(await workspace.LayersAsync());
        var work = WerkenRecords.ToWork(layer.Name, Assert.Single(await workspace.FeaturesAsync(layer.Id)));
        Assert.Equal(
            ("herinrichting-openbare-ruimte", 2026, 2028, "Gemeente", "ontwerp", "Marktplein"),
            (work.Soort, work.Start!.Value, work.Eind!.Value, work.Eigenaar!, work.Status!, work.Naam!)
        );
    }

    [Fact]
    public async Task ImportAsync_CsvByBuurtcode_GivesEachRowItsBuurtAsGeometry()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03630001", "BU03630002");
        var path = workspace.File("renovaties.csv");
        await File.WriteAllTextAsync(
            path,
            "buurtcode;soort;uitvoeringsjaar;eigenaar\nBU03630001;renovatie;2027;Woonstede\nBU03630001;isolatie;2029;Woonstede\nBU03630002;sloop;2030;Woonstede\n"
        );

        var result = await workspace.ImportAsync(new ImportRequest(path) { Werken = Defaults });

        Assert.True(
            result.Imported,
            string.Join("; ", result.Reports.SelectMany(r => r.Issues).Select(i => i.Message))
        );
        var layer = Assert.Single(await workspace.LayersAsync());
        Assert.Equal((LayerKind.Werken, 3L), (layer.Kind, layer.FeatureCount));
        var works = (await workspace.FeaturesAsync(layer.Id)).Select(f => WerkenRecords.ToWork(layer.Name, f)).ToList();
        Assert.Equal(["renovatie-corporatie", "renovatie-corporatie", "woningbouw-sloop"], works.Select(w => w.Soort));
        Assert.All(works, w => Assert.Equal(1_000_000, w.Geometry.Area, 3));
        Assert.All(works, w => Assert.True(w.BuurtOnly));
    }

    [Fact]
    public async Task ImportAsync_CsvWithUnknownTypeAndImpossiblePeriods_IsRefusedNamingRowAndField()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("plannen.csv");
        await File.WriteAllTextAsync(path, """
            x;y;type;startjaar;eindjaar
            150000;460000;riolering;2027;2028
            150100;460000;zonnepanelen;2027;2028
            150200;460000;warmtenet;2030;2026
            150300;460000;warmtenet;1850;
            150400;460000;warmtenet;volgend jaar;
            """);

        var result = await workspace.ImportAsync(
            new ImportRequest(path)
            {
                XColumn = "x",
                YColumn = "y",
                Werken = Defaults,
            }
        );

        Assert.False(result.Imported);
        Assert.Empty(await workspace.LayersAsync());
        var errors = result
            .Reports.Single()
            .Issues.Where(i => i.Severity == IssueSeverity.Error)
            .Select(i => (i.Kind, i.Row, i.Field))
            .ToList();
        Assert.Equal(
            [
                (IssueKind.UnknownWerksoort, 3, "type"),
                (IssueKind.ImpossiblePeriod, 4, "eindjaar"),
                (IssueKind.ImpossiblePeriod, 5, "startjaar"),
                (IssueKind.ImpossiblePeriod, 6, "startjaar"),
            ],
            errors
        );
        Assert.Contains(
            "Rij 3, veld 'type': 'zonnepanelen' is geen bekende werksoort",
            result.Reports[0].Issues[0].Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task ImportAsync_GeoPackageWithUnknownType_NamesTheFeatureAndLandsNothing()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(workspace.File("plan.gpkg"), Layer(
            "plan",
            ("POINT (150000 460000)", new() { ["type"] = "riool", ["jaar"] = 2027L }),
            ("POINT (150100 460000)", new() { ["type"] = "onbekend werk", ["jaar"] = 2027L })));

        var result = await workspace.ImportAsync(new ImportRequest(path) { Werken = Defaults });

        Assert.False(result.Imported);
        var issue = Assert.Single(result.Reports[0].Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(
            (IssueKind.UnknownWerksoort, 1, "type", "plan"),
            (issue.Kind, issue.FeatureIndex!.Value, issue.Field!, issue.Layer!)
        );
        Assert.Empty(await workspace.LayersAsync());
    }

    private static VectorLayer Layer(
        string name,
        params (string Wkt, Dictionary<string, object?> Attributes)[] features
    ) =>
        new(
            name,
            28992,
            features
                .Select(f =>
                {
                    var geometry = new WKTReader().Read(f.Wkt);
                    geometry.SRID = 28992;
                    var attributes = new AttributesTable();
                    foreach (var (key, value) in f.Attributes)
                    {
                        attributes.Add(key, value);
                    }

                    return (IFeature)new Feature(geometry, attributes);
                })
                .ToList()
        );
}
