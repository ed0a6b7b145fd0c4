using System.Globalization;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Web.Components.Panel;

namespace GeoOpgave.Web.Tests.Components.Panel;

public sealed class DutchFormatTests
{
    [Theory]
    [InlineData(1234567.891, "1.234.567,89")]
    [InlineData(0.5, "0,5")]
    [InlineData(0, "0")]
    [InlineData(-12.25, "-12,25")]
    public void Number_Value_UsesDutchSeparators(double value, string expected)
    {
        Assert.Equal(expected, DutchFormat.Number(value));
    }

    [Fact]
    public void Number_Null_IsOnbekendNotZero()
    {
        Assert.Equal("onbekend", DutchFormat.Number(null));
    }

    [Fact]
    public void Score_UnderDutchThreadCulture_RoundsToWholePoints()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            Assert.Equal("82", DutchFormat.Score(81.6));
            Assert.Equal("onbekend", DutchFormat.Score(null));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData(UrgencyClass.Hoog, "hoog")]
    [InlineData(UrgencyClass.Midden, "midden")]
    [InlineData(UrgencyClass.Laag, "laag")]
    [InlineData(UrgencyClass.Onbekend, "onbekend")]
    public void Urgentie_Class_IsTheDutchWord(UrgencyClass urgency, string expected)
    {
        Assert.Equal(expected, DutchFormat.Urgentie(urgency));
    }
}
