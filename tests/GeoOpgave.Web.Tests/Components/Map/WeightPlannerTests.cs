using Bunit;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Web.Components.Map;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class WeightPlannerTests : BunitContext
{
    public WeightPlannerTests()
    {
        Services.AddSingleton(TestData.AsOptions());
        Services.AddSingleton(new ProfileCatalog(TestData.AsOptions()));
        AddAuthorization();
    }

    [Fact]
    public void Render_StandaardProfile_OneLabelledSliderPerIndicatorAndTheThreshold()
    {
        var profile = TestData.Standaard;

        var cut = Render<WeightPlanner>(p =>
            p.Add(x => x.Profile, profile).Add(x => x.State, WeightPlanner.Initial(profile))
        );

        var sliders = cut.FindAll("input[type=range]");
        Assert.Equal(profile.Opgaven.Sum(o => o.Indicators.Count) + 1, sliders.Count);
        Assert.All(sliders, s => Assert.NotNull(cut.Find($"label[for='{s.Id}']")));
        Assert.Equal(profile.Opgaven.Count, cut.FindAll("fieldset legend").Count);
    }

    [Fact]
    public void Render_CalibratedProfile_SaysTheThresholdSliderReplacesTheShare()
    {
        var profile = TestData.Standaard;
        var fixedProfile = profile with { UrgentShare = null };

        var calibrated = Render<WeightPlanner>(p =>
            p.Add(x => x.Profile, profile).Add(x => x.State, WeightPlanner.Initial(profile))
        );
        var fixedThreshold = Render<WeightPlanner>(p =>
            p.Add(x => x.Profile, fixedProfile).Add(x => x.State, WeightPlanner.Initial(fixedProfile))
        );

        Assert.StartsWith(
            "Dit profiel is gekalibreerd: per opgave zijn de 25 % buurten met de hoogste score urgent.",
            calibrated.Find("[data-testid=planner-gekalibreerd]").TextContent,
            StringComparison.Ordinal);
        Assert.Empty(fixedThreshold.FindAll("[data-testid=planner-gekalibreerd]"));
    }

    [Fact]
    public void Input_WeightSlider_ReportsTheNewWeightAtOnce()
    {
        var profile = TestData.Standaard;
        PlannerState? reported = null;
        var cut = Render<WeightPlanner>(p => p
            .Add(x => x.Profile, profile)
            .Add(x => x.State, WeightPlanner.Initial(profile))
            .Add(x => x.StateChanged, s => reported = s));

        cut.Find("[data-testid=gewicht-1]").Input("0.5");

        Assert.NotNull(reported);
        Assert.Equal(0.5, reported.Weights[1]);
        Assert.Equal(profile.Opgaven[0].Indicators[0].Weight, reported.Weights[0]);
        Assert.Equal(profile.UrgentThreshold, reported.UrgentThreshold);
    }

    [Fact]
    public void Render_ChangedState_ExportLinkHoldsTheNextProfileVersionWithTheNewWeights()
    {
        var profile = TestData.Standaard;
        var state = WeightPlanner.Initial(profile) with { UrgentThreshold = 55 };

        var cut = Render<WeightPlanner>(p => p.Add(x => x.Profile, profile).Add(x => x.State, state));

        var link = cut.Find("[data-testid=planner-export]");
        var json = Uri.UnescapeDataString(link.GetAttribute("href")!.Split(',', 2)[1]);
        Assert.Equal($"standaard-versie-{profile.Version + 1}.json", link.GetAttribute("download"));
        Assert.Contains("\"urgentThreshold\": 55", json, StringComparison.Ordinal);
        Assert.Contains($"\"version\": {profile.Version + 1}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotAPlanner_NoSaveAsVersionForm()
    {
        var profile = TestData.Standaard;

        var cut = Render<WeightPlanner>(p =>
            p.Add(x => x.Profile, profile).Add(x => x.State, WeightPlanner.Initial(profile))
        );

        Assert.Empty(cut.FindAll("[data-testid=profielversie-form]"));
        Assert.NotNull(cut.Find("[data-testid=planner-export]"));
    }
}
