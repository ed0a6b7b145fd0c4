using GeoOpgave.Application;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Status;
using GeoOpgave.Application.Tests.Import;
using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Status;

/// <summary>
/// A region's workspace often mixes kaarten: Ermelo's of 2021 next to Baarn's of 2024, or Haarlem's wijken without its
/// buurten. The analysis of one year works per buurt, so the status names the gemeenten it leaves out and why.
/// </summary>
public sealed class GemeentenLeftOutTests
{
    [Fact]
    public async Task Status_GemeentenWithBuurtenOfAnotherYearOrOnlyWijken_AreNamedWithWhatToDo()
    {
        await using var workspace = await RegionAsync();

        var latest = await workspace.InScopeAsync(s =>
            s.GetRequiredService<StatusService>().GetAsync(null, null, CancellationToken.None));
        var of2021 = await workspace.InScopeAsync(s =>
            s.GetRequiredService<StatusService>().GetAsync(null, 2021, CancellationToken.None));

        Assert.Equal(2024, latest.Year);
        Assert.Equal(["GM0233", "GM0392"], latest.GemeentenLeftOut.Select(g => g.Code));
        var ermelo = latest.GemeentenLeftOut[0];
        Assert.Equal([2021], ermelo.BuurtYears);
        Assert.Equal(
            "GM0233 heeft buurten van 2021, niet van 2024; de analyse van 2024 laat de gemeente weg. "
                + "Importeer de wijk- en buurtkaart 2024 van GM0233; de buurten van 2021 blijven bewaard.",
            ermelo.Message
        );
        var haarlemGap = latest.GemeentenLeftOut[1];
        Assert.Empty(haarlemGap.BuurtYears);
        Assert.StartsWith("Haarlem (GM0392) heeft wijken of een gemeentegrens maar geen buurten", haarlemGap.Message,
            StringComparison.Ordinal);
        Assert.Equal(["GM0308", "GM0392"], of2021.GemeentenLeftOut.Select(g => g.Code));
        Assert.Equal([2024], of2021.GemeentenLeftOut[0].BuurtYears);
    }

    [Fact]
    public async Task Agenda_OfAWijkWithoutBuurten_IsRefusedSayingWhy()
    {
        await using var workspace = await RegionAsync();

        var refused = await Assert.ThrowsAsync<GeoOpgaveException>(() => workspace.InScopeAsync(s =>
            s.GetRequiredService<AgendaService>().BuildAsync(new AgendaRequest(["WK039201"], null), CancellationToken.None)));

        Assert.Equal("geen-buurten", refused.Code);
        Assert.StartsWith("De wijk Oude Stad (WK039201) heeft geen buurten in de indeling van 2024", refused.Message,
            StringComparison.Ordinal);
    }

    // Ermelo's buurten of 2021, Baarn's of 2024, and Haarlem's gemeente and one wijk of 2024 without buurten.
    private static async Task<ImportTestWorkspace> RegionAsync()
    {
        var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2021, [], "BU02330001");
        await workspace.SeedBuurtenAsync(2024, [], "BU03080001");
        await workspace.InScopeAsync(async s =>
        {
            var square = new WKTReader().Read("POLYGON ((100000 480000, 101000 480000, 101000 481000, 100000 481000, 100000 480000))");
            square.SRID = 28992;
            Area[] haarlem =
            [
                new("GM0392", "Haarlem", AreaLevel.Gemeente, "GM0392", null, 2024, square),
                new("WK039201", "Oude Stad", AreaLevel.Wijk, "GM0392", "WK039201", 2024, square),
            ];
            await s.GetRequiredService<WorkspaceStore>().ReplaceWorkspaceAsync(
                haarlem,
                [],
                CancellationToken.None,
                parts: ["GM0392", "WK0392"]
            );
            return 0;
        });

        return workspace;
    }
}
