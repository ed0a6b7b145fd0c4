using Bunit;
using GeoOpgave.Web.Components.Export;

namespace GeoOpgave.Web.Tests.Components.Export;

public sealed class ExportMenuTests : BunitContext
{
    [Fact]
    public void Render_Profiel_LinksTheBuurtenExportsOfThatProfiel()
    {
        var cut = Render<ExportMenu>(p => p.Add(x => x.Profiel, "vaste drempels"));

        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(
            [
                "api/exports/buurten.geojson?profiel=vaste%20drempels",
                "api/exports/buurten.csv?profiel=vaste%20drempels&separator=%3B",
                "api/exports/buurten.csv?profiel=vaste%20drempels&separator=%2C",
                "api/exports/buurten.gpkg?profiel=vaste%20drempels",
            ],
            hrefs);
    }

    [Fact]
    public void Render_Links_AreDownloadsWithADutchLabelForScreenReaders()
    {
        var cut = Render<ExportMenu>(p => p.Add(x => x.Profiel, "standaard"));

        var gpkg = cut.Find("[data-testid=export-gpkg]");

        Assert.True(gpkg.HasAttribute("download"));
        Assert.Equal(
            "Download de buurten met profiel standaard als GeoPackage met QGIS-stijl",
            gpkg.GetAttribute("aria-label")
        );
        Assert.Equal("export-titel", cut.Find("[role=group]").GetAttribute("aria-labelledby"));
    }
}
