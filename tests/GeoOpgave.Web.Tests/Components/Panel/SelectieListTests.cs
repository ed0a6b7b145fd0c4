using Bunit;
using GeoOpgave.Core.Selecties;
using GeoOpgave.Web.Components.Panel;

namespace GeoOpgave.Web.Tests.Components.Panel;

public sealed class SelectieListTests : BunitContext
{
    [Fact]
    public void Render_ReaderWithoutEditRights_OffersOpenButNoDelete()
    {
        Selectie? opened = null;
        var selectie = new Selectie(
            3,
            "Centrum",
            "",
            ["BU99990002", "WK999900"],
            "standaard",
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch,
            "anne"
        );
        var cut = Render<SelectieList>(p =>
            p.Add(x => x.Selecties, [selectie]).Add(x => x.Profiel, "standaard").Add(x => x.OnOpen, s => opened = s)
        );

        cut.Find("[data-testid=selectie-open]").Click();

        Assert.Same(selectie, opened);
        Assert.Empty(cut.FindAll("[data-testid=selectie-verwijder]"));
        Assert.Equal("agenda?codes=BU99990002%2CWK999900&profiel=standaard", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Render_Selectie_OffersItsGeoJsonAndCsvDownloads()
    {
        var selectie = new Selectie(
            12,
            "Oost & Zuid",
            "",
            ["WK999900"],
            null,
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch,
            "anne"
        );

        var cut = Render<SelectieList>(p => p.Add(x => x.Selecties, [selectie]).Add(x => x.Profiel, "standaard"));

        var geojson = cut.Find("[data-testid=selectie-export-geojson]");
        var csv = cut.Find("[data-testid=selectie-export-csv]");
        Assert.Equal("api/selecties/12/export.geojson", geojson.GetAttribute("href"));
        Assert.Equal("api/selecties/12/export.csv", csv.GetAttribute("href"));
        Assert.True(csv.HasAttribute("download"));
        Assert.Contains("Oost & Zuid", csv.GetAttribute("aria-label"), StringComparison.Ordinal);
    }
}
