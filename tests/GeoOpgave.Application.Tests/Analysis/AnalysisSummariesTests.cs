using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

public class AnalysisSummariesTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task Summarise_Demo_OverlapCountsCoverEveryBuurtOnce()
    {
        var result = await RunAsync();

        var summary = AnalysisSummaries.Summarise(result, 10);

        Assert.Equal(Enumerable.Range(0, 5), summary.Overlap.Select(o => o.Overlap));
        Assert.Equal(result.Buurten.Count, summary.Overlap.Sum(o => o.Buurten));
        Assert.Equal(result.Buurten.Count(b => b.Score.Overlap == 0), summary.Overlap[0].Buurten);
        Assert.Equal(("standaard", 1), (summary.Profiel.Id, summary.Profiel.Version));
    }

    [Fact]
    public async Task Summarise_Demo_TopBuurtenAreTheFirstByPriority()
    {
        var result = await RunAsync();

        var summary = AnalysisSummaries.Summarise(result, 5);

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, summary.TopBuurten.Select(b => b.PriorityRank));
        Assert.Equal("BU99990106", summary.TopBuurten[0].Code);
        Assert.Equal("Oranjebuurt", summary.TopBuurten[0].Name);
        Assert.Contains(summary.TopBuurten, b => b.Name == "Kerkbuurt");
        Assert.Equal(summary.TopBuurten[0].Overlap, summary.TopBuurten[0].Signature.Count);
    }

    [Fact]
    public async Task Matrix_Demo_DiagonalCountsUrgentBuurtenAndPairsAreSymmetric()
    {
        var result = await RunAsync();

        var matrix = AnalysisSummaries.Matrix(result);

        Assert.Equal(new[] { "energie", "klimaatadaptatie", "wonen", "sociaal" }, matrix.Opgaven);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(result.Buurten.Count(b => b.Score.Opgaven[i].IsUrgent), matrix.Buurten[i][i]);
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(matrix.Buurten[i][j], matrix.Buurten[j][i]);
                Assert.Equal(
                    result.Buurten.Count(b => b.Score.Opgaven[i].IsUrgent && b.Score.Opgaven[j].IsUrgent),
                    matrix.Buurten[i][j]);
            }
        }

        Assert.True(matrix.Buurten[0][3] > 0, "energie and sociaal are urgent together somewhere");
    }

    [Fact]
    public async Task Summarise_Demo_WijkRollUpsCarryNames()
    {
        var result = await RunAsync();

        var summary = AnalysisSummaries.Summarise(result, 10);

        Assert.Contains(summary.Wijken, w => w is { Code: "WK999900", Name: "Oude Kern", BuurtCount: 7 });
        Assert.Equal("GM9999", Assert.Single(summary.Gemeenten).Code);
        Assert.Equal(summary.HotSpots.HotSpots, summary.HotSpots.HotSpotBuurten.Count);
        Assert.Equal(
            result.Buurten.Count,
            summary.HotSpots.HotSpots
                + summary.HotSpots.ColdSpots
                + summary.HotSpots.NotSignificant
                + summary.HotSpots.Unknown
        );
    }

    private async Task<AnalysisResult> RunAsync()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .RunAsync(new AnalysisRequest(null), CancellationToken.None);
    }
}
