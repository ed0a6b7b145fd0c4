using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Tests.Areas;

public class AreaCodeTests
{
    [Theory]
    [InlineData(" bu03630000 ", "BU03630000")]
    [InlineData("WK036300", "WK036300")]
    [InlineData("gm0363", "GM0363")]
    public void Normalise_CodesInTheWild_TrimmedAndUpperCased(string raw, string expected) =>
        Assert.Equal(expected, AreaCode.Normalise(raw));

    [Theory]
    [InlineData("BU0363000")]
    [InlineData("XX0363")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalise_NotACode_ReturnsNull(string? raw) => Assert.Null(AreaCode.Normalise(raw));

    [Fact]
    public void LevelOf_Prefix_GivesLevel()
    {
        Assert.Equal(AreaLevel.Gemeente, AreaCode.LevelOf("GM0363"));
        Assert.Equal(AreaLevel.Wijk, AreaCode.LevelOf("WK036300"));
        Assert.Equal(AreaLevel.Buurt, AreaCode.LevelOf("BU03630000"));
    }
}
