using Bunit;
using GeoOpgave.Web.Components.Panel;

namespace GeoOpgave.Web.Tests.Components.Panel;

public sealed class SelectieFormTests : BunitContext
{
    [Fact]
    public void Submit_NameAndNotes_SavesThemAndConfirms()
    {
        (string Name, string Notes)? saved = null;
        var cut = Render<SelectieForm>(p => p.Add(x => x.Save, (name, notes) =>
        {
            saved = (name, notes);
            return Task.FromResult<string?>(null);
        }));

        cut.Find("[data-testid=selectie-naam]").Change("  Oude Kern  ");
        cut.Find("[data-testid=selectie-notities]").Change("hitte en water");
        cut.Find("form").Submit();

        Assert.Equal(("Oude Kern", "hitte en water"), saved);
        Assert.Contains("Oude Kern", cut.Find("[data-testid=selectie-bewaard]").TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cut.Find("[data-testid=selectie-naam]").GetAttribute("value"));
    }

    [Fact]
    public void Submit_EmptyName_ShowsTheReasonWithoutSaving()
    {
        var calls = 0;
        var cut = Render<SelectieForm>(p => p.Add(x => x.Save, (_, _) =>
        {
            calls++;
            return Task.FromResult<string?>(null);
        }));

        cut.Find("form").Submit();

        Assert.Equal(0, calls);
        Assert.Equal("Geef de selectie een naam.", cut.Find("[data-testid=selectie-fout]").TextContent);
    }

    [Fact]
    public void Submit_SaveRefuses_ShowsTheRefusalAndKeepsTheName()
    {
        var cut = Render<SelectieForm>(p =>
            p.Add(x => x.Save, (_, _) => Task.FromResult<string?>("Er is al een selectie met de naam 'Noord'."))
        );

        cut.Find("[data-testid=selectie-naam]").Change("Noord");
        cut.Find("form").Submit();

        Assert.Contains(
            "al een selectie",
            cut.Find("[data-testid=selectie-fout]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("Noord", cut.Find("[data-testid=selectie-naam]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=selectie-bewaard]"));
    }
}
