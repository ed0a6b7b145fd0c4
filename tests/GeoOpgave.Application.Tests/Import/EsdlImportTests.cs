using GeoOpgave.Application.Import;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;

namespace GeoOpgave.Application.Tests.Import;

public class EsdlImportTests
{
    private const string Esdl = """
        <?xml version='1.0' encoding='UTF-8'?>
        <esdl:EnergySystem xmlns:esdl="http://www.tno.nl/esdl" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <instance xsi:type="esdl:Instance" id="i">
            <area xsi:type="esdl:Area" scope="REGION" id="RES12">
              <area xsi:type="esdl:Area" scope="NEIGHBOURHOOD" id="BU03630001">
                <KPIs xsi:type="esdl:KPIs" id="k"><kpi xsi:type="esdl:StringKPI" name="Kosten" value="125.5"/></KPIs>
                <asset xsi:type="esdl:HeatingDemand" name="Warmtevraag" id="d">
                  <port xsi:type="esdl:InPort" id="p"><profile xsi:type="esdl:SingleValue" value="300" id="v"/></port>
                </asset>
              </area>
              <area xsi:type="esdl:Area" scope="NEIGHBOURHOOD" id="BU07430000">
                <KPIs xsi:type="esdl:KPIs" id="k2"><kpi xsi:type="esdl:StringKPI" name="Kosten" value="7"/></KPIs>
              </area>
            </area>
          </instance>
        </esdl:EnergySystem>
        """;

    [Fact]
    public async Task ImportAsync_VestaEsdl_LandsAsATableOfTheMatchingBuurten()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03630001", "BU03630002");
        var path = workspace.File("vesta.esdl");
        await File.WriteAllTextAsync(path, Esdl);

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = 2022 });

        Assert.True(result.Imported, string.Join("; ", result.Reports.SelectMany(r => r.Issues)));
        var report = Assert.Single(result.Reports);
        Assert.Equal(("Esdl", "table", 2, 1), (report.Format, report.Kind, report.FeaturesRead, report.FeaturesImported));
        Assert.Contains(report.Issues, i => i.Kind == IssueKind.UnmatchedCodes);
        Assert.Equal(LayerKind.Table, Assert.Single(await workspace.LayersAsync()).Kind);
        var values = (await workspace.IndicatorValuesAsync(2022)).Where(v => v.AreaCode == "BU03630001").ToList();
        Assert.Equal(125.5, values.Single(v => v.IndicatorId == "kosten").Value);
        Assert.Equal(300, values.Single(v => v.IndicatorId == "warmtevraag").Value);
    }

    [Fact]
    public async Task ImportAsync_EsdlAsWerken_RefusedWithoutChange()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03630001");
        var path = workspace.File("vesta.esdl");
        await File.WriteAllTextAsync(path, Esdl);

        var result = await workspace.ImportAsync(new ImportRequest(path) { Werken = new WerkenFields() });

        Assert.False(result.Imported);
        Assert.Equal(IssueKind.NoWerksoorten, Assert.Single(result.Reports[0].Issues).Kind);
        Assert.Empty(await workspace.LayersAsync());
    }
}
