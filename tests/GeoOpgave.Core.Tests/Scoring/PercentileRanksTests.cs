using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class PercentileRanksTests
{
    [Fact]
    public void RankOf_DistinctValues_SpreadsFromZeroToHundred()
    {
        var ranks = new PercentileRanks([10.0, 30.0, 20.0]);

        Assert.Equal(0, ranks.RankOf(10));
        Assert.Equal(50, ranks.RankOf(20));
        Assert.Equal(100, ranks.RankOf(30));
    }

    [Fact]
    public void RankOf_Ties_CountHalf()
    {
        var ranks = new PercentileRanks([1.0, 2.0, 2.0, 3.0]);

        Assert.Equal(50, ranks.RankOf(2));
    }

    [Fact]
    public void RankOf_MissingValues_TakeNoPartAndGetNoRank()
    {
        var ranks = new PercentileRanks([null, 5.0, 7.0, null]);

        Assert.Null(ranks.RankOf(null));
        Assert.Equal(0, ranks.RankOf(5));
        Assert.Equal(100, ranks.RankOf(7));
    }
}
