using GeoOpgave.Application;
using GeoOpgave.Web.Components;

namespace GeoOpgave.Web.Tests.Components;

public sealed class PageErrorsTests
{
    [Fact]
    public async Task RunAsync_Refused_ShowsTheDutchMessageAndReportsNotFinished()
    {
        var shown = new List<string>();

        var finished = await PageErrors.RunAsync(
            () => throw new GeoOpgaveException("profiel-onbekend", "Het profiel 'x' bestaat niet."),
            shown.Add
        );

        Assert.False(finished);
        Assert.Equal(["Het profiel 'x' bestaat niet."], shown);
    }

    [Fact]
    public async Task RunAsync_RefusalWithBrowserMessage_ShowsThatInsteadOfTheCliWording()
    {
        var shown = new List<string>();

        await PageErrors.RunAsync(
            () => throw new GeoOpgaveException("geen-buurten", "… met 'geoopgave import BESTAND --as-areas'.")
            {
                BrowserMessage = "… op de pagina Lagen, als gebieden.",
            },
            shown.Add
        );

        Assert.Equal(["… op de pagina Lagen, als gebieden."], shown);
    }

    [Fact]
    public async Task RunAsync_PageClosed_EndsQuietly()
    {
        using var closed = new CancellationTokenSource();
        await closed.CancelAsync();
        var shown = new List<string>();

        var finished = await PageErrors.RunAsync(() => Task.FromCanceled(closed.Token), shown.Add, closed.Token);

        Assert.False(finished);
        Assert.Empty(shown);
    }

    [Fact]
    public async Task RunAsync_Bug_IsNotHidden()
    {
        var shown = new List<string>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PageErrors.RunAsync(() => throw new InvalidOperationException("fout"), shown.Add)
        );

        Assert.Empty(shown);
    }
}
