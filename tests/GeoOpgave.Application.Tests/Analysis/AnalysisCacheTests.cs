using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

/// <summary>Analyses are shared until the workspace version moves, also when another process writes.</summary>
public sealed class AnalysisCacheTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task AnalyseAsync_NoWriteBetween_ReturnsTheSameResult()
    {
        var first = await AnalyseAsync();

        var second = await AnalyseAsync();

        Assert.Same(first, second);
    }

    [Fact]
    public async Task AnalyseAsync_AfterAWriteByAnIndependentStore_SeesTheChange()
    {
        var before = await AnalyseAsync();
        var code = before.Buurten[0].Buurt.Code;

        await WorkspaceWrites.RenameBuurtAsync(demo.Services, code, "Nieuwe naam");
        var after = await AnalyseAsync();

        Assert.NotSame(before, after);
        Assert.Equal("Nieuwe naam", after.FindBuurt(code)!.Buurt.Name);
        Assert.NotEqual("Nieuwe naam", before.FindBuurt(code)!.Buurt.Name);
    }

    private async Task<AnalysisResult> AnalyseAsync()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }
}
