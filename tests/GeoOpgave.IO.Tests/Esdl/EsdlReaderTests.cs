using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Esdl;
using GeoOpgave.IO.Tests.Fixtures;

namespace GeoOpgave.IO.Tests.Esdl;

public sealed class EsdlReaderTests : IDisposable
{
    // As Vesta MAIS writes it: a region holding neighbourhoods, each with KPIs, aggregated buildings and demands.
    private const string Vesta = """
        <?xml version='1.0' encoding='UTF-8'?>
        <esdl:EnergySystem xmlns:esdl="http://www.tno.nl/esdl" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            name="Vesta Resultaten" id="x">
          <instance xsi:type="esdl:Instance" id="i" name="StartJaar">
            <area xsi:type="esdl:Area" name="Regio" scope="REGION" id="RES12">
              <area xsi:type="esdl:Area" scope="NEIGHBOURHOOD" id="BU99990001">
                <KPIs xsi:type="esdl:KPIs" id="k1">
                  <kpi xsi:type="esdl:StringKPI" name="Maatschappelijke_kosten" id="a" value="12874987.3"/>
                  <kpi xsi:type="esdl:StringKPI" name="CO2_uitstoot" id="b" value=""/>
                </KPIs>
                <asset xsi:type="esdl:AggregatedBuilding" name="Woningen" id="c" numberOfBuildings="4242"/>
                <asset xsi:type="esdl:HeatingDemand" name="Vraag_Warmte_totaal" id="d">
                  <geometry xsi:type="esdl:Point" lon="5.7" lat="51.3"/>
                  <port xsi:type="esdl:InPort" id="e" name="InPort">
                    <profile xsi:type="esdl:SingleValue" value="24344.7596" id="f">
                      <profileQuantityAndUnit xsi:type="esdl:QuantityAndUnitType" perTimeUnit="YEAR"
                          multiplier="GIGA" physicalQuantity="ENERGY" id="g" unit="JOULE"/>
                    </profile>
                  </port>
                </asset>
              </area>
              <area xsi:type="esdl:Area" scope="NEIGHBOURHOOD" id="bu99990002">
                <KPIs xsi:type="esdl:KPIs" id="k2">
                  <kpi xsi:type="esdl:StringKPI" name="Maatschappelijke_kosten" id="h" value="12874987.3,"/>
                </KPIs>
                <asset xsi:type="esdl:AggregatedBuilding" name="Woningen" id="i2" numberOfBuildings="-99997"/>
                <asset xsi:type="esdl:HeatingDemand" name="Vraag_Warmte_totaal" id="j">
                  <port xsi:type="esdl:InPort" id="l" name="InPort">
                    <profile xsi:type="esdl:SingleValue" id="m"/>
                  </port>
                </asset>
              </area>
            </area>
          </instance>
        </esdl:EnergySystem>
        """;

    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_VestaNeighbourhoods_GiveARowPerBuurtWithKpisBuildingsAndDemands()
    {
        var result = EsdlReader.Read(_files.Write("vesta.esdl", Vesta));

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var table = result.Value;
        Assert.Equal(("vesta", "id", 2), (table.Name, table.CodeColumn, table.RowsRead));
        Assert.Equal(
            ["Maatschappelijke_kosten", "CO2_uitstoot", "Woningen", "Vraag_Warmte_totaal"],
            table.Columns.Select(c => c.Name));
        Assert.Equal(CodeTableColumnType.Empty, table.Columns[1].Type);
        Assert.Equal(CodeTableColumnType.Integer, table.Columns[2].Type);
        Assert.Equal(["BU99990001", "BU99990002"], table.Rows.Select(r => r.Code));
        Assert.Equal([12874987.3, 4242, 24344.7596], table.Rows[0].Values);
        Assert.Equal([null, null, null], table.Rows[1].Values);
        Assert.Equal(1, table.Columns[0].MissingValues);
    }

    [Fact]
    public void Read_TextThatIsNoNumber_IsUnknownWithItsLineAndTheUnitIsSaid()
    {
        var result = EsdlReader.Read(_files.Write("vesta.esdl", Vesta));

        var warning = Assert.Single(result.Issues, i => i.Kind == IssueKind.NotANumber);
        Assert.Equal(("Maatschappelijke_kosten", 24), (warning.Field, warning.Row));
        Assert.Contains("'12874987.3,' van BU99990002", warning.Message, StringComparison.Ordinal);
        var unit = Assert.Single(result.Issues, i => i.Kind == IssueKind.ColumnUnit);
        Assert.Equal("De kolom 'Vraag_Warmte_totaal' is in GJ per jaar (ESDL).", unit.Message);
    }

    [Theory]
    [InlineData("<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml\"/>", IssueKind.UnsupportedFormat)]
    [InlineData("<esdl:EnergySystem xmlns:esdl=\"http://www.tno.nl/esdl\"><area id=\"x\">", IssueKind.UnreadableFile)]
    [InlineData("<esdl:EnergySystem xmlns:esdl=\"http://www.tno.nl/esdl\"><area id=\"RES\"/></esdl:EnergySystem>",
        IssueKind.MissingField)]
    public void Read_NotAnEsdlWithCodes_IsRejected(string xml, IssueKind kind)
    {
        var result = EsdlReader.Read(_files.Write("x.esdl", xml));

        Assert.Null(result.Value);
        Assert.Equal(kind, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Read_Dtd_IsRefusedBeforeAnyEntityIsExpanded()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <esdl:EnergySystem xmlns:esdl="http://www.tno.nl/esdl"><area id="BU99990001">&b;</area></esdl:EnergySystem>
            """;

        var result = EsdlReader.Read(_files.Write("lol.esdl", xml));

        var error = Assert.Single(result.Errors);
        Assert.Equal(IssueKind.UnreadableFile, error.Kind);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }
}
