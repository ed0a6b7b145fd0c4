using Bunit;
using GeoOpgave.Core.Werken;
using GeoOpgave.Web.Components.Map;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class PeriodSliderTests : BunitContext
{
    private static readonly WorksPeriod Span = new(2026, 2033, 2026, 2033);

    [Fact]
    public void Of_Works_SpansFromTheFirstStartToTheLastEndAndSkipsUndatedWorks()
    {
        var point = new GeometryFactory().CreatePoint(new Coordinate(155000, 463000));
        PlannedWork Work(int? start, int? end) => new("w", point, "riolering", null, start, end, null, null);

        var period = WorksPeriod.Of([Work(2028, 2030), Work(2026, null), Work(null, null), Work(2031, 2033)]);

        Assert.Equal(Span, period);
        Assert.Null(WorksPeriod.Of([Work(null, null)]));
        Assert.Equal("api/werken?van=2026&tot=2033", period!.Url);
    }

    [Theory]
    [InlineData(2030, 2030, 2033)]
    [InlineData(2040, 2033, 2033)]
    [InlineData(2000, 2026, 2033)]
    public void WithVan_Year_ClampsToTheSpanAndNeverPassesTot(int van, int expectedVan, int expectedTot)
    {
        var period = Span.WithVan(van);

        Assert.Equal((expectedVan, expectedTot), (period.Van, period.Tot));
    }

    [Fact]
    public void WithTot_BeforeVan_MovesVanAlong()
    {
        var period = Span.WithVan(2030).WithTot(2028);

        Assert.Equal((2028, 2028), (period.Van, period.Tot));
        Assert.Equal("2028", period.Text);
    }

    [Fact]
    public void Change_VanSlider_RaisesThePeriodFromThatYear()
    {
        WorksPeriod? changed = null;
        var cut = Render<PeriodSlider>(p =>
            p.Add(c => c.Period, Span).Add(c => c.PeriodChanged, period => changed = period).Add(c => c.Shown, 12)
        );

        cut.Find("[data-testid=periode-van]").Change("2030");

        Assert.Equal(Span with { Van = 2030 }, changed);
        Assert.Equal("2026–2033 · 12 werken op de kaart", cut.Find("[data-testid=periode-tekst]").TextContent);
        Assert.Equal("2026", cut.Find("[data-testid=periode-van]").GetAttribute("min"));
        Assert.Equal("2033", cut.Find("[data-testid=periode-tot]").GetAttribute("max"));
    }
}
