using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Components.Services;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Components.Services;

public sealed class LiveScoresTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Rescore_ProfileWeightsAndThreshold_ReproducesTheAnalysis()
    {
        var result = await AnalyseAsync();
        var matrix = result.Normalised!;

        var live = LiveScores.Rescore(matrix, matrix.ProfileWeights(), result.Profile.UrgentThreshold);

        var analysed = LiveScores.FromAnalysis(result);
        Assert.Equal(analysed.Codes, live.Codes);
        Assert.Equal(analysed.Overlap, live.Overlap);
        Assert.Equal(
            analysed.ScoresOf(0).Select(s => s is null ? (double?)null : Math.Round(s.Value, 6)),
            live.ScoresOf(0).Select(s => s is null ? (double?)null : Math.Round(s.Value, 6))
        );
    }

    [Fact]
    public async Task Rescore_ThresholdZero_EveryKnownOpgaveIsUrgent()
    {
        var result = await AnalyseAsync();

        var live = LiveScores.Rescore(result.Normalised!, result.Normalised!.ProfileWeights(), 0);

        var opgaven = result.Profile.Opgaven.Count;
        for (var b = 0; b < live.Codes.Count; b++)
        {
            var known = Enumerable.Range(0, opgaven).Count(o => live.ScoresOf(o)[b] is not null);
            Assert.Equal(known, live.Overlap[b]);
        }

        Assert.Contains(LiveScores.FromAnalysis(result).Overlap, o => o < opgaven);
    }

    [Fact]
    public async Task Rescore_OpgaveWeightLeftOut_ChangesOnlyThatOpgave()
    {
        var result = await AnalyseAsync();
        var weights = result.Normalised!.ProfileWeights();
        weights[0] = 0;

        var live = LiveScores.Rescore(result.Normalised!, weights, result.Profile.UrgentThreshold);

        var analysed = LiveScores.FromAnalysis(result);
        Assert.NotEqual(analysed.ScoresOf(0), live.ScoresOf(0));
        Assert.Equal(
            analysed.ScoresOf(1).Select(s => s is null ? (double?)null : Math.Round(s.Value, 6)),
            live.ScoresOf(1).Select(s => s is null ? (double?)null : Math.Round(s.Value, 6)));
    }

    private async Task<AnalysisResult> AnalyseAsync()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }
}
