using static GeoOpgave.Core.Tests.Koppelkansen.KoppelkansTestData;

namespace GeoOpgave.Core.Tests.Koppelkansen;

public sealed class MatchKoppelkansenTests
{
    private const string Street = "LINESTRING (10 50, 90 50)";
    private const string SameStreet = "LINESTRING (10 54, 90 54)";

    [Fact]
    public void Run_SewerAndHeatNetworkWithinThreeYearsOnTheSameStreet_AddsStraatEenKeerOpen()
    {
        var result = Match(
            Scores(Profile(), [], []),
            Work("riool:0", "riolering", Street, 2027),
            Work("warmte:0", "warmtenet", SameStreet, 2030, "warmtebedrijf")
        );

        Assert.Equal(["straat-een-keer-open"], result.Scores.Buurten[0].Koppelkansen.Select(k => k.Id));
        Assert.Empty(result.Scores.Buurten[1].Koppelkansen);
        var match = Assert.Single(result.Matches);
        Assert.Equal("BU99990001", match.Buurtcode);
        Assert.Equal(["riool:0", "warmte:0"], match.Works.Select(w => w.Id));
        var pair = Assert.Single(match.Pairs);
        Assert.Equal(
            ("BU99990001", "riool:0", "warmte:0", 3),
            (pair.Buurtcode, pair.First.Id, pair.Second.Id, pair.YearsApart)
        );
        Assert.Empty(result.Shifts);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Run_SameStreetSixYearsApart_GivesAShiftInsteadOfTheKoppelkans()
    {
        var result = Match(
            Scores(Profile(), [], []),
            Work("riool:0", "riolering", Street, 2027),
            Work("herinrichting:0", "herinrichting-openbare-ruimte", SameStreet, 2033)
        );

        Assert.Empty(result.Scores.Buurten[0].Koppelkansen);
        var shift = Assert.Single(result.Shifts);
        Assert.Equal(
            ("BU99990001", "straat-een-keer-open", 6),
            (shift.Buurtcode, shift.Koppelkans.Id, shift.YearsApart)
        );
    }

    [Fact]
    public void Run_RenovationWhereEnergieIsUrgent_AddsRenovatiePlusIsolatieThereOnly()
    {
        var result = Match(Scores(Profile(), ["energie"], []),
            Work("renovatie:0", "renovatie-corporatie", "POINT (50 50)", 2028, "corporatie"),
            Work("renovatie:1", "renovatie-corporatie", "POINT (150 50)", 2028, "corporatie"));

        Assert.Equal(["renovatie-plus-isolatie"], result.Scores.Buurten[0].Koppelkansen.Select(k => k.Id));
        Assert.Empty(result.Scores.Buurten[1].Koppelkansen);
        var match = Assert.Single(result.Matches);
        Assert.Equal("renovatie:0", Assert.Single(match.Works).Id);
        Assert.Empty(match.Pairs);
    }

    [Fact]
    public void Run_KoppelkansenOfOpgavenAndOfWorks_AreListedTogetherInProfileOrder()
    {
        var result = Match(
            Scores(Profile(), ["energie", "sociaal"], []),
            Work("riool:0", "riolering", Street, 2027),
            Work("warmte:0", "warmtenet", SameStreet, 2027),
            Work("renovatie:0", "renovatie-corporatie", "POINT (50 70)", 2029)
        );

        Assert.Equal(
            ["energiearmoede", "straat-een-keer-open", "renovatie-plus-isolatie"],
            result.Scores.Buurten[0].Koppelkansen.Select(k => k.Id)
        );
    }

    [Fact]
    public void Run_StreetOpenedTwiceByDifferentOwnersWithinFiveYears_IsAConflict()
    {
        var result = Match(
            Scores(Profile(), [], []),
            Work("gas:0", "gasnet-vervangen", Street, 2026, "netbeheerder"),
            Work("riool:0", "riolering", SameStreet, 2030, "gemeente")
        );

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(
            ("BU99990001", "gas:0", "riool:0", 4),
            (conflict.Buurtcode, conflict.First.Id, conflict.Second.Id, conflict.YearsApart)
        );
    }

    [Theory]
    [InlineData("gasnet-vervangen", "netbeheerder", 2032)]
    [InlineData("gasnet-vervangen", "Gemeente", 2028)]
    [InlineData("warmtenet", "warmtebedrijf", 2028)]
    [InlineData("renovatie-corporatie", "corporatie", 2028)]
    public void Run_NoConflict_WhenFarApartSameOwnerCombinedOrNotOpeningTheStreet(
        string soort,
        string eigenaar,
        int start
    )
    {
        var result = Match(Scores(Profile(), [], []),
            Work("riool:0", "riolering", Street, 2026, "gemeente"), Work("x:0", soort, SameStreet, start, eigenaar));

        Assert.Empty(result.Conflicts);
    }
}
