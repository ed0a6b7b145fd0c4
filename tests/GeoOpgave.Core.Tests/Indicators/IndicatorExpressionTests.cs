using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Core.Tests.Indicators;

public class IndicatorExpressionTests
{
    private static readonly Dictionary<string, double?> Row = new()
    {
        ["bouwjaar_vanaf_2000_percentage"] = 12,
        ["bijstand"] = 20,
        ["aantal_inwoners"] = 1790,
        ["Huishoudens met een laag inkomen (%)"] = 4.3,
        ["leeg"] = null,
        ["nul"] = 0,
    };

    [Theory]
    [InlineData("100 - bouwjaar_vanaf_2000_percentage", 88.0)]
    [InlineData("bijstand / aantal_inwoners * 1000", 20.0 / 1790 * 1000)]
    [InlineData("-bijstand + 2 * (3 + 4)", -6.0)]
    [InlineData("--bijstand", 20.0)]
    [InlineData("\"Huishoudens met een laag inkomen (%)\" * 10", 43.0)]
    [InlineData("1.5 * 2", 3.0)]
    [InlineData("10 - 4 - 3", 3.0)]
    [InlineData("24 / 4 / 2", 3.0)]
    public void Evaluate_Expression_GivesTheArithmeticValue(string text, double expected)
    {
        var expression = IndicatorExpression.TryParse(text, out var error);

        Assert.Null(error);
        Assert.Equal(expected, expression!.Evaluate(c => Row[c])!.Value, 10);
    }

    [Theory]
    [InlineData("100 - leeg")]
    [InlineData("bijstand / nul")]
    public void Evaluate_UnknownOperandOrDivisionByZero_IsUnknownNotZero(string text)
    {
        var expression = IndicatorExpression.TryParse(text, out _);

        Assert.Null(expression!.Evaluate(c => Row[c]));
    }

    [Fact]
    public void TryParse_Expression_ListsItsColumnsOnce()
    {
        var expression = IndicatorExpression.TryParse("bijstand / aantal_inwoners * 1000 + bijstand", out _);

        Assert.Equal(["bijstand", "aantal_inwoners"], expression!.Columns);
    }

    [Theory]
    [InlineData("100 -", "houdt te vroeg op")]
    [InlineData("(1 + 2", "')' ontbreekt")]
    [InlineData("1 + 2)", "onverwacht teken ')' (positie 6)")]
    [InlineData("\"open", "niet gesloten")]
    [InlineData("1.2.3", "'1.2.3' is geen getal")]
    [InlineData("a % b", "onverwacht teken '%'")]
    [InlineData("", "houdt te vroeg op")]
    public void TryParse_BadExpression_SaysWhatAndWhere(string text, string expected)
    {
        var expression = IndicatorExpression.TryParse(text, out var error);

        Assert.Null(expression);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_HostileNesting_IsRefusedNotAStackOverflow()
    {
        var expression = IndicatorExpression.TryParse(
            new string('(', 100_000) + "1" + new string(')', 100_000),
            out var error
        );

        Assert.Null(expression);
        Assert.Contains("te diep genest", error, StringComparison.Ordinal);
    }
}
