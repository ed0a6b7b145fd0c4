using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Core.Issues;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>A binding fills an indicator of the profiles' catalogue; any other id is refused, with a close
/// one.</summary>
public sealed class BindingCatalogueTests
{
    [Theory]
    [InlineData("foo=bewoond", "'foo'", null)]
    [InlineData("percentage_leegstand=100 - bewoond", "'percentage_leegstand'", "'percentage_leegstand_woningen'")]
    [InlineData("gemiddelde_woningwaard=bewoond", "'gemiddelde_woningwaard'", "'gemiddelde_woningwaarde'")]
    public async Task ImportAsync_BindingToAnIdOutsideTheCatalogue_RejectedNamingItAndTheCloseOne(
        string binding,
        string named,
        string? suggested
    )
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03080000");
        var path = workspace.File("cijfers.csv");
        await File.WriteAllTextAsync(path, "buurtcode,bewoond\nBU03080000,96\n");
        var before = await workspace.VersionAsync();

        var result = await workspace.ImportAsync(new ImportRequest(path) { Indicators = [binding] });

        Assert.False(result.Imported);
        var error = Assert.Single(result.Reports[0].Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(IssueKind.InvalidBinding, error.Kind);
        Assert.Contains(named + " staat niet in de indicatorcatalogus", error.Message, StringComparison.Ordinal);
        if (suggested is not null)
        {
            Assert.Contains("bedoelde u " + suggested, error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("bedoelde u", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Theory]
    [InlineData("woningvoorraad=woningen")]
    [InlineData("aantal_huishoudens=woningen")]
    [InlineData("oppervlakte_totaal_in_ha=woningen")]
    public async Task ImportAsync_BindingToADenominatorOrAKerncijferTheEngineReads_Lands(string binding)
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03080000");
        var path = workspace.File("cijfers.csv");
        await File.WriteAllTextAsync(path, "buurtcode,woningen\nBU03080000,960\n");

        var result = await workspace.ImportAsync(new ImportRequest(path) { Indicators = [binding] });

        Assert.True(result.Imported, string.Join("; ", result.Reports.SelectMany(r => r.Issues)));
        var id = binding[..binding.IndexOf('=', StringComparison.Ordinal)];
        Assert.Contains(await workspace.IndicatorValuesAsync(2024), v => v.IndicatorId == id && v.Value == 960);
    }

    [Fact]
    public async Task BindLayerAsync_TableBindingToAnIdOutsideTheCatalogue_RefusedAndNothingStored()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03080000");
        var path = workspace.File("cijfers.csv");
        await File.WriteAllTextAsync(path, "buurtcode,bewoond\nBU03080000,96\n");
        Assert.True((await workspace.ImportAsync(new ImportRequest(path))).Imported);
        var before = await workspace.VersionAsync();

        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() => workspace.InScopeAsync(s =>
            s.GetRequiredService<IndicatorBindingService>().BindLayerAsync("cijfers", "leegstand=100 - bewoond", default)
        ));

        Assert.Equal("koppeling-ongeldig", error.Code);
        Assert.Contains("'leegstand' staat niet in de indicatorcatalogus", error.Message, StringComparison.Ordinal);
        Assert.Empty(
            await workspace.InScopeAsync(s => s.GetRequiredService<IndicatorBindingService>().ListAsync(default))
        );
        Assert.Equal(before, await workspace.VersionAsync());
    }
}
