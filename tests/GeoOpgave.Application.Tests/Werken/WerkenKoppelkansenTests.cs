using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Tests.Import;
using GeoOpgave.Application.Werken;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Werken;

/// <summary>Imported plans through the analysis: koppelkansen per buurt by id, and the agenda's Planning
/// section.</summary>
public sealed class WerkenKoppelkansenTests
{
    private const string Buurt = "BU03630001";

    // In a 1 km square buurt: Kerkstraat gets a sewer (2027) and a heat network (2029) 3 m apart; Molenweg a sewer
    // (2027) and a heat network six years later (2033); Dorpsstraat, 300 m north, a heat network only.
    private const string Plans = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
         "features":[
          {"type":"Feature","properties":{"soort":"GRP vervanging","aanlegjaar":2027,"beheerder":"Gemeente","omschrijving":"Kerkstraat"},
           "geometry":{"type":"LineString","coordinates":[[120100,480500],[120400,480500]]}},
          {"type":"Feature","properties":{"soort":"Warmtenet","aanlegjaar":2029,"beheerder":"Warmtebedrijf","omschrijving":"Kerkstraat"},
           "geometry":{"type":"LineString","coordinates":[[120100,480503],[120400,480503]]}},
          {"type":"Feature","properties":{"soort":"riolering","aanlegjaar":2027,"beheerder":"Gemeente","omschrijving":"Molenweg"},
           "geometry":{"type":"LineString","coordinates":[[120100,480200],[120400,480200]]}},
          {"type":"Feature","properties":{"soort":"warmtenet","aanlegjaar":2033,"beheerder":"Warmtebedrijf","omschrijving":"Molenweg"},
           "geometry":{"type":"LineString","coordinates":[[120100,480204],[120400,480204]]}},
          {"type":"Feature","properties":{"soort":"warmtenet","aanlegjaar":2027,"beheerder":"Warmtebedrijf","omschrijving":"Dorpsstraat"},
           "geometry":{"type":"LineString","coordinates":[[120100,480800],[120400,480800]]}}
         ]}
        """;

    [Fact]
    public async Task Analyse_PlansOnTheSameStreet_ListStraatEenKeerOpenByIdInTheOutput()
    {
        await using var workspace = await WorkspaceWithPlansAsync();

        var result = await workspace.InScopeAsync(s =>
            s.GetRequiredService<AnalysisService>().AnalyseAsync(null, CancellationToken.None)
        );

        var feature = Assert.Single(AnalysisLayer.Build(result).Features);
        Assert.Contains("straat-een-keer-open", ((string)feature.Attributes["koppelkansen"]).Split(';'));
        var match = Assert.Single(result.Planning!.Matches);
        Assert.Equal(["Kerkstraat", "Kerkstraat"], match.Works.Select(w => w.Naam));
    }

    [Fact]
    public async Task Agenda_PlansInTheBuurt_ListsWorksCombinationAndTheShiftWithOwners()
    {
        await using var workspace = await WorkspaceWithPlansAsync();

        var agenda = await workspace.InScopeAsync(s =>
            s.GetRequiredService<AgendaService>().BuildAsync(new AgendaRequest([Buurt], null), CancellationToken.None)
        );

        var planning = agenda.Planning;
        Assert.Equal([2027, 2027, 2027, 2029, 2033], planning.Works.Select(w => w.Start!.Value));
        var combination = Assert.Single(planning.Combinations);
        Assert.Equal("straat-een-keer-open", combination.KoppelkansId);
        Assert.Equal(["Gemeente", "Warmtebedrijf"], combination.Works.Select(w => w.Eigenaar));
        var shift = Assert.Single(planning.Shifts);
        Assert.Equal(
            ("Molenweg", "Molenweg", 6, 3),
            (shift.First.Naam, shift.Second.Naam, shift.YearsApart, shift.WithinYears)
        );
        Assert.Empty(planning.Conflicts);
    }

    [Fact]
    public async Task Agenda_PlansByBuurtcode_CombineInTheBuurtAndSayTheirStreetIsUnknown()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], Buurt);
        var path = workspace.File("plannen.csv");
        await File.WriteAllTextAsync(
            path,
            "buurtcode;soort;aanlegjaar;beheerder\nBU03630001;riolering;2027;Gemeente\nBU03630001;warmtenet;2028;Warmtebedrijf\n"
        );
        var imported = await workspace.ImportAsync(new ImportRequest(path) { Werken = new WerkenFields() });
        Assert.True(imported.Imported, string.Join("; ", imported.Reports.SelectMany(r => r.Issues)));

        var agenda = await workspace.InScopeAsync(s =>
            s.GetRequiredService<AgendaService>().BuildAsync(new AgendaRequest([Buurt], null), CancellationToken.None)
        );

        var combination = Assert.Single(agenda.Planning.Combinations);
        Assert.Equal("straat-een-keer-open", combination.KoppelkansId);
        Assert.All(combination.Works, w => Assert.True(w.BuurtOnly));
    }

    private static async Task<ImportTestWorkspace> WorkspaceWithPlansAsync()
    {
        var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], Buurt);
        var path = workspace.File("plannen.geojson");
        await File.WriteAllTextAsync(path, Plans);
        var imported = await workspace.ImportAsync(new ImportRequest(path) { Werken = new WerkenFields() });
        Assert.True(
            imported.Imported,
            string.Join("; ", imported.Reports.SelectMany(r => r.Issues).Select(i => i.Message))
        );
        return workspace;
    }
}
