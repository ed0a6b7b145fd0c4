using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

public class SensitivityServiceTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task Run_DefaultRequest_ReportsTheTopTenOfTheStoryWijkenAsStable()
    {
        var report = await RunAsync(new SensitivityRequest(null));

        Assert.Equal((1000, 0.25, 10), (report.Runs, report.Perturbation, report.TopK));
        var selected = report.Buurten.Where(b => b.InBaseTopK).ToArray();
        Assert.Equal(Enumerable.Range(1, 10), selected.Select(b => b.BaseRank));
        Assert.All(selected, b => Assert.Contains(b.WijkCode, new[] { "WK999900", "WK999901" }));
        Assert.InRange(report.BaseSelectionStability!.Value, 0.7, 1);
        Assert.All(report.Buurten, b => Assert.Equal(b.RunsInTopK / 1000.0, b.ShareInTopK, 12));
        Assert.StartsWith("Van de 10 buurten in de top 10", report.Conclusion, StringComparison.Ordinal);
        Assert.Contains("1.000 doorrekeningen", report.Conclusion, StringComparison.Ordinal);
        Assert.DoesNotContain("gewicht", report.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Demo_VariesThresholdNormalisationAndEachIndicatorAndNamesTheStrongest()
    {
        var report = await RunAsync(new SensitivityRequest(null) { Runs = 50 });

        var names = report.Variations.Select(v => v.Name).ToList();
        Assert.Contains("drempel −5", names);
        Assert.Contains("drempel +5", names);
        Assert.Contains("normalisatie min–max", names);
        Assert.Contains("zonder gemiddeld gasverbruik", names);
        Assert.Equal(report.Variations.OrderBy(v => v.Kept).Select(v => v.Kept), report.Variations.Select(v => v.Kept));
        var strongest = report.Variations[0];
        Assert.Contains(
            strongest.Left.Count > 0 ? $"'{strongest.Name}'" : "Geen van de keuzes",
            report.Conclusion,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Run_NoPerturbation_KeepsExactlyTheBaseSelection()
    {
        var report = await RunAsync(new SensitivityRequest(null) { Perturbation = 0, Runs = 20, TopK = 5 });

        Assert.Equal(5, report.Buurten.Count);
        Assert.All(report.Buurten, b => Assert.Equal((true, 20), (b.InBaseTopK, b.RunsInTopK)));
        Assert.Equal(1, report.BaseSelectionStability);
    }

    [Fact]
    public async Task Run_SameSeed_GivesTheSameAnswer()
    {
        var request = new SensitivityRequest(null) { Runs = 200, Perturbation = 0.5, Seed = 7 };

        var first = await RunAsync(request);
        var second = await RunAsync(request);

        Assert.Equal(first.Buurten, second.Buurten);
    }

    [Theory]
    [InlineData(0, 0.25, 10, "runs")]
    [InlineData(10_001, 0.25, 10, "runs")]
    [InlineData(100, -0.1, 10, "perturbation")]
    [InlineData(100, 0.95, 10, "perturbation")]
    [InlineData(100, 0.25, 0, "top")]
    [InlineData(100, 0.25, 1001, "top")]
    public void Validate_OutOfRange_NamesTheParameter(int runs, double perturbation, int top, string parameter)
    {
        var request = new SensitivityRequest(null) { Runs = runs, Perturbation = perturbation, TopK = top };

        var issue = Assert.Single(request.Validate());

        Assert.Equal(parameter, issue.Parameter);
    }

    [Fact]
    public async Task Run_OutOfRange_ThrowsWithStableCode()
    {
        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            RunAsync(new SensitivityRequest(null) { Runs = 0 })
        );

        Assert.Equal("parameter-ongeldig", error.Code);
    }

    private async Task<SensitivityReport> RunAsync(SensitivityRequest request)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<SensitivityService>()
            .RunAsync(request, CancellationToken.None);
    }
}
