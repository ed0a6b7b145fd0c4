using GeoOpgave.Web.Components.Map;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class ClassifierTests
{
    [Fact]
    public void Breaks_Quantiles_SplitTheSortedValuesIntoEqualCounts()
    {
        double[] values = [8, 1, 2, 3, 4, 5, 6, 7];

        var breaks = Classifier.Breaks(values, ClassMethod.Quantiles, 4);

        Assert.Equal([3, 5, 7], breaks);
    }

    [Fact]
    public void Breaks_EqualIntervals_SpanTheRangeInEqualSteps()
    {
        double[] values = [0, 10, 100, double.NaN];

        var breaks = Classifier.Breaks(values, ClassMethod.EqualIntervals, 5);

        Assert.Equal([20, 40, 60, 80], breaks);
    }

    [Fact]
    public void Breaks_NaturalBreaks_FindTheGapsBetweenClusters()
    {
        double[] values = [1, 2, 3, 40, 41, 42, 90, 91, 92];

        var breaks = Classifier.Breaks(values, ClassMethod.NaturalBreaks, 3);

        Assert.Equal([40, 90], breaks);
    }

    [Fact]
    public void Breaks_OnlyUnknownValues_IsEmpty()
    {
        var breaks = Classifier.Breaks([double.NaN, double.NaN], ClassMethod.Quantiles, 5);

        Assert.Empty(breaks);
    }

    [Theory]
    [InlineData(10.0, 0)]
    [InlineData(40.0, 1)]
    [InlineData(69.9, 1)]
    [InlineData(70.0, 2)]
    [InlineData(null, -1)]
    public void ClassOf_Value_CountsTheBreaksAtOrBelowIt(double? value, int expected)
    {
        Assert.Equal(expected, Classifier.ClassOf(value, [40, 70]));
    }

    [Fact]
    public void ParseManual_DutchDecimals_AreRead()
    {
        var (breaks, error) = Classifier.ParseManual("40; 55,5;70", maxBreaks: 4);

        Assert.Null(error);
        Assert.Equal([40, 55.5, 70], breaks);
    }

    [Theory]
    [InlineData("40; veel", "'veel' is geen getal")]
    [InlineData("70; 40", "oplopen")]
    [InlineData("", "klassengrenzen")]
    [InlineData("1; 2; 3; 4; 5", "1 tot 4")]
    public void ParseManual_BadText_GivesADutchReason(string text, string expected)
    {
        var (breaks, error) = Classifier.ParseManual(text, maxBreaks: 4);

        Assert.Null(breaks);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
