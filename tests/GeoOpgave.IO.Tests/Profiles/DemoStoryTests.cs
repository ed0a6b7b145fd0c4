using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Spatial;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Profiles;

namespace GeoOpgave.IO.Tests.Profiles;

/// <summary>
/// The shipped profiles on Demodam's CBS kerncijfers alone (the layer indicators are the Application's
/// business): the old centre (WK999900) and the post-war district (WK999901) must stand out, the new-build
/// district (WK999902) must not.
/// </summary>
public class DemoStoryTests
{
    private const string OudeKern = "WK999900";
    private const string Molenwijk = "WK999901";
    private const string Nieuwland = "WK999902";

    [Theory]
    [InlineData("standaard")]
    [InlineData("vaste-drempels")]
    public void ShippedProfile_OnDemodam_PrioritisesTheOldCentreAndThePostWarDistrict(string profielId)
    {
        var (buurten, result) = Score(profielId);

        var top = result.Buurten.Select((s, i) => (s, b: buurten[i])).Where(x => x.s.PriorityOrder <= 6).ToArray();
        Assert.All(top, x => Assert.Contains(x.b.WijkCode, new[] { OudeKern, Molenwijk }));
        Assert.All(top, x => Assert.True(x.s.Overlap >= 2, x.b.Name));
        Assert.All(InWijk(buurten, result, Nieuwland), s => Assert.Equal(0, s.Overlap));
    }

    [Fact]
    public void Standaard_OnDemodam_HotSpotsInThePostWarDistrictColdSpotsInTheNewBuild()
    {
        var (buurten, result) = Score("standaard");
        var contiguity = BuildContiguity.Run(new ContiguityParameters(buurten.Select(b => b.Geometry).ToArray()));

        var hotSpots = GetisOrdGiStar.Run(
            new HotSpotParameters(contiguity, result.Buurten.Select(b => b.CombinedScore).ToArray())
            {
                FalseDiscoveryRate = true,
            }
        );

        var hot = hotSpots
            .Areas.Where(a => a.Class == HotSpotClass.HotSpot)
            .Select(a => buurten[a.Index].WijkCode)
            .ToArray();
        var cold = hotSpots
            .Areas.Where(a => a.Class == HotSpotClass.ColdSpot)
            .Select(a => buurten[a.Index].WijkCode)
            .ToArray();
        Assert.Contains(Molenwijk, hot);
        Assert.DoesNotContain(Nieuwland, hot);
        Assert.Contains(Nieuwland, cold);
        Assert.DoesNotContain(Molenwijk, cold);
    }

    private static IEnumerable<BuurtScore> InWijk(Area[] buurten, ScoringResult result, string wijk) =>
        result.Buurten.Where((_, i) => buurten[i].WijkCode == wijk);

    private static (Area[] Buurten, ScoringResult Result) Score(string profielId)
    {
        var root = RepositoryRoot();
        var kaart = CbsWijkBuurtKaartReader
            .Read(Path.Combine(root, "data", "demo", "wijkenbuurten_demodam_2024.gpkg"))
            .Value!;
        var profile = ProfileReader
            .ReadFile(Path.Combine(AppContext.BaseDirectory, "data", "profiles", profielId + ".json"))
            .Value!;
        var buurten = kaart.Areas.Where(a => a.Level == AreaLevel.Buurt).ToArray();
        return (
            buurten,
            ScoreOpgaven.Run(new ScoringParameters(profile, buurten, new IndicatorTable(kaart.Kerncijfers)))
        );
    }

    // The demo GeoPackage is not copied next to the tests; find it in the repository the tests run from.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "data", "demo", "wijkenbuurten_demodam_2024.gpkg")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            "The repository's data/demo folder was not found above " + AppContext.BaseDirectory
        );
    }
}
