using GeoOpgave.Core.Crs;

namespace GeoOpgave.Core.Tests.Crs;

public sealed class SridTests
{
    [Theory]
    [InlineData("EPSG:28992", 28992)]
    [InlineData("epsg:4326", 4326)]
    [InlineData(" 3857 ", 3857)]
    public void TryParseEpsg_CodeAsUsersTypeIt_ReadsTheNumber(string text, int expected)
    {
        Assert.True(Srid.TryParseEpsg(text, out var srid));
        Assert.Equal(expected, srid);
    }

    [Theory]
    [InlineData("EPSG:abc")]
    [InlineData("RD New")]
    [InlineData("EPSG:28")]
    [InlineData("-28992")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseEpsg_NotACode_IsFalse(string? text) => Assert.False(Srid.TryParseEpsg(text, out _));
}
