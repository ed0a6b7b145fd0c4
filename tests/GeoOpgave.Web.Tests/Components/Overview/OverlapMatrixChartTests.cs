using Bunit;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Components.Overview;

namespace GeoOpgave.Web.Tests.Components.Overview;

public sealed class OverlapMatrixChartTests : BunitContext
{
    [Fact]
    public void Render_Matrix_WritesEveryCountUnderOpgaveHeadersWithReadableTextColour()
    {
        var profile = TestData.Standaard;
        var ids = profile.Opgaven.Select(o => o.Id).ToArray();
        var counts = ids.Select((_, i) => (IReadOnlyList<int>)ids.Select((_, j) => i == j ? 20 : i + j).ToArray())
            .ToArray();

        var cut = Render<OverlapMatrixChart>(p =>
            p.Add(x => x.Matrix, new OverlapMatrix(ids, counts)).Add(x => x.Profile, profile)
        );

        Assert.Equal(profile.Opgaven.Select(o => o.Name), cut.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal("3", cut.Find("[data-testid=matrix-1-2]").TextContent);
        Assert.Contains(
            "color: #ffffff",
            cut.Find("[data-testid=matrix-0-0]").GetAttribute("style"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "color: #1a1a1a",
            cut.Find("[data-testid=matrix-0-1]").GetAttribute("style"),
            StringComparison.Ordinal
        );
    }
}
