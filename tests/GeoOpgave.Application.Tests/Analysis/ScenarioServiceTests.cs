using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

public class ScenarioServiceTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task Compare_SameProfile_ChangesNothing()
    {
        var comparison = await CompareAsync(new ScenarioRequest("standaard", "standaard"));

        var report = comparison.Report;
        Assert.Equal(48, report.Buurten.Count);
        Assert.All(report.Buurten, b =>
            Assert.Equal((0, b.RankA is null ? null : 0), (b.OverlapDifference, b.RankDifference))
        );
        Assert.Empty(report.Entering);
        Assert.Empty(report.Leaving);
        Assert.Equal(0, report.BuurtenWithOtherOverlap);
    }

    [Fact]
    public async Task Compare_FixedThresholds_ReportsDifferencesAsBMinusA()
    {
        var comparison = await CompareAsync(new ScenarioRequest(null, "vaste-drempels") { TopK = 10 });

        var report = comparison.Report;
        Assert.Equal(("standaard", "vaste-drempels"), (report.Profiel.Id, report.Met.Id));
        Assert.All(report.Buurten, b =>
            Assert.Equal((b.OverlapB - b.OverlapA, b.RankB - b.RankA), (b.OverlapDifference, b.RankDifference))
        );
        // Plas en Park (15 inwoners, 6 woningen) is ranked by neither profile, so it comes last with no rank.
        Assert.Equal([.. Enumerable.Range(1, 47).Select(r => (int?)r), null], report.Buurten.Select(b => b.RankA));
        Assert.Equal((null, null), (report.Buurten[^1].RankB, report.Buurten[^1].RankDifference));
        Assert.Equal(report.Entering.Count, report.Leaving.Count);
        Assert.Equal(report.Buurten.Count(b => b.OverlapA != b.OverlapB), report.BuurtenWithOtherOverlap);
        Assert.Contains(report.Buurten, b => b.RankDifference != 0);
        var kerkbuurt = report.Buurten.Single(b => b.Code == "BU99990002");
        Assert.Equal(comparison.Alternative.FindBuurt("BU99990002")!.Score.Overlap, kerkbuurt.OverlapB);
    }

    [Fact]
    public async Task Build_ScenarioLayer_CarriesBothScenariosPerBuurt()
    {
        var comparison = await CompareAsync(new ScenarioRequest(null, "vaste-drempels"));

        var layer = ScenarioLayer.Build(comparison);

        Assert.Equal(48, layer.Features.Count);
        Assert.All(layer.Features, f =>
        {
            var a = f.Attributes;
            Assert.Equal("vaste-drempels", a["profiel_b"]);
            Assert.Equal((long)a["overlap_b"] - (long)a["overlap"], (long)a["verschil_overlap"]);
            Assert.Equal((long?)a["prioriteit_b"] - (long?)a["prioriteit"], (long?)a["verschil_prioriteit"]);
        });
    }

    [Theory]
    [InlineData(null, 10, "met")]
    [InlineData(" ", 10, "met")]
    [InlineData("vaste-drempels", 0, "top")]
    public void Validate_MissingOrOutOfRange_NamesTheParameter(string? met, int top, string parameter)
    {
        var issue = Assert.Single(new ScenarioRequest(null, met) { TopK = top }.Validate());

        Assert.Equal(parameter, issue.Parameter);
    }

    [Fact]
    public async Task Compare_UnknownProfiel_ThrowsWithStableCode()
    {
        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            CompareAsync(new ScenarioRequest(null, "bestaat-niet"))
        );

        Assert.Equal("profiel-onbekend", error.Code);
    }

    private async Task<ScenarioComparison> CompareAsync(ScenarioRequest request)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<ScenarioService>()
            .CompareAsync(request, CancellationToken.None);
    }
}
