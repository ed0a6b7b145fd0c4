using Bunit;
using GeoOpgave.Application.Status;
using GeoOpgave.Web.Components.Status;

namespace GeoOpgave.Web.Tests.Components.Status;

public sealed class StatusPanelTests : BunitContext
{
    private static readonly WorkspaceStatus Baarn = new(
        "standaard", 2024, 4, 21, [new OpgaveStatus("energie", "Energietransitie", 20, 21)], []);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Render_GemeenteLeftOut_IsNamedOnBothPagesWithWhatToDo(bool showMissing)
    {
        const string Message = "Ermelo (GM0233) heeft buurten van 2021, niet van 2024; de analyse van 2024 laat de "
            + "gemeente weg. Importeer de wijk- en buurtkaart 2024 van Ermelo; de buurten van 2021 blijven bewaard.";
        var status = Baarn with { GemeentenLeftOut = [new GemeenteGap("GM0233", "Ermelo", [2021], Message)] };

        var panel = Render<StatusPanel>(p => p.Add(x => x.Status, status).Add(x => x.ShowMissing, showMissing));

        Assert.Equal(Message, panel.Find("[data-testid=status-gemeente-weg-GM0233]").TextContent);
    }

    [Fact]
    public void Render_EveryGemeenteInTheAnalysis_ShowsNoList()
    {
        var panel = Render<StatusPanel>(p => p.Add(x => x.Status, Baarn));

        Assert.Empty(panel.FindAll("[data-testid=status-gemeenten-weg]"));
    }
}
