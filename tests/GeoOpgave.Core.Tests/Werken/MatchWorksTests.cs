using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Tests.Werken;

public sealed class MatchWorksTests
{
    private static PlannedWork Work(string id, string soort, string wkt, int? start = 2027, int? eind = null) =>
        new(id, TestAreas.Wkt(wkt), soort, null, start, eind ?? start, "gemeente", "gepland");

    private static IReadOnlyList<WorkMeeting> Meetings(params PlannedWork[] works) =>
        MatchWorks.Run(new MatchWorksParameters(TestAreas.TwoSquares(), works)).Meetings;

    [Fact]
    public void Run_SewerAndHeatNetworkAlongTheSameStreet_Meet()
    {
        // Both run 80 m along y ≈ 50, 3 m apart: the same street. Their 10 m buffers overlap along all of it.
        var riool = Work("riool:0", "riolering", "LINESTRING (10 50, 90 50)");
        var warmte = Work("warmte:0", "warmtenet", "LINESTRING (10 53, 90 53)", 2029);

        var meeting = Assert.Single(Meetings(riool, warmte));

        Assert.Equal(("BU99990001", "riool:0", "warmte:0"), (meeting.Buurtcode, meeting.First.Id, meeting.Second.Id));
        Assert.InRange(meeting.SharedLengthM, 60, 100);
        Assert.Equal(meeting.SharedLengthM, meeting.SharedLengthInBuurtM, 6);
        Assert.Equal(2, meeting.YearsApart);
    }

    [Fact]
    public void Run_WorkKnownOnlyByItsBuurt_MeetsTheWorksOfThatBuurtWithoutAStreetLength()
    {
        // A list by buurt code gives each work its whole buurt; the buffers of two such works overlap over the whole
        // buurt, which would read as kilometres of shared street.
        var renovatie = Work("renovatie:0", "riolering", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))") with
        {
            BuurtOnly = true,
        };
        var warmte = Work("warmte:0", "warmtenet", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))") with
        {
            BuurtOnly = true,
        };
        var straatNaast = Work("straat:0", "riolering", "LINESTRING (110 50, 190 50)");

        var meeting = Assert.Single(Meetings(renovatie, warmte, straatNaast));

        Assert.Equal(("BU99990001", "renovatie:0", "warmte:0"), (meeting.Buurtcode, meeting.First.Id, meeting.Second.Id));
        Assert.Equal((0, 0), (meeting.SharedLengthM, meeting.SharedLengthInBuurtM));
    }

    [Fact]
    public void Run_WorksOnDifferentStreetsOfTheSameBuurt_DoNotMeet()
    {
        var riool = Work("riool:0", "riolering", "LINESTRING (10 20, 90 20)");
        var warmte = Work("warmte:0", "warmtenet", "LINESTRING (10 80, 90 80)");

        Assert.Empty(Meetings(riool, warmte));
    }

    [Fact]
    public void Run_StreetsThatOnlyCross_DoNotMeet()
    {
        // A crossing shares a 20 × 20 m square of buffer: 20 m of street, less than the 25 m minimum.
        var riool = Work("riool:0", "riolering", "LINESTRING (10 50, 90 50)");
        var warmte = Work("warmte:0", "warmtenet", "LINESTRING (50 10, 50 90)");

        Assert.Empty(Meetings(riool, warmte));
    }

    [Fact]
    public void Run_SharedStreetAcrossTheBoundary_MeetsInBothBuurten()
    {
        // 60 m shared west of x = 100 and 90 m east of it: both buurten hold more than the minimum.
        var riool = Work("riool:0", "riolering", "LINESTRING (40 50, 190 50)");
        var warmte = Work("warmte:0", "warmtenet", "LINESTRING (40 52, 190 52)");

        var meetings = Meetings(riool, warmte);

        Assert.Equal(["BU99990001", "BU99990002"], meetings.Select(m => m.Buurtcode));
        Assert.InRange(meetings[0].SharedLengthInBuurtM, 50, 75);
        Assert.InRange(meetings[1].SharedLengthInBuurtM, 80, 105);
        Assert.All(meetings, m => Assert.Equal(meetings[0].SharedLengthM, m.SharedLengthM));
    }

    [Fact]
    public void Run_AddressOnTheStreet_MeetsAndAddressAcrossTheBuurt_DoesNot()
    {
        var riool = Work("riool:0", "riolering", "LINESTRING (10 50, 90 50)");
        var nearby = Work("renovatie:0", "renovatie-corporatie", "POINT (50 58)");
        var far = Work("renovatie:1", "renovatie-corporatie", "POINT (50 90)");

        var meeting = Assert.Single(Meetings(riool, nearby, far));

        Assert.Equal(("renovatie:0", "riool:0", 0.0), (meeting.First.Id, meeting.Second.Id, meeting.SharedLengthM));
    }

    [Fact]
    public void Run_WorkWithoutStartYear_MeetsWithoutYearsApart()
    {
        var riool = Work("riool:0", "riolering", "LINESTRING (10 50, 90 50)", start: null);
        var warmte = Work("warmte:0", "warmtenet", "LINESTRING (10 50, 90 50)");

        Assert.Null(Assert.Single(Meetings(riool, warmte)).YearsApart);
    }

    [Theory]
    [InlineData(2027, 2027, 2027, 2027, 0)]
    [InlineData(2026, 2030, 2028, 2028, 0)]
    [InlineData(2025, 2026, 2030, 2031, 4)]
    [InlineData(2033, 2033, 2027, 2028, 5)]
    public void YearsApart_Periods_CountsTheYearsBetweenThem(int startA, int eindA, int startB, int eindB, int expected)
    {
        var a = Work("a", "riolering", "POINT (1 1)", startA, eindA);
        var b = Work("b", "warmtenet", "POINT (1 1)", startB, eindB);

        Assert.Equal((expected, expected), (a.YearsApart(b)!.Value, b.YearsApart(a)!.Value));
    }
}
