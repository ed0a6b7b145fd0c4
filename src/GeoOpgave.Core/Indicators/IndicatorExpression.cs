namespace GeoOpgave.Core.Indicators;

/// <summary>
/// A small arithmetic expression over a table's columns that fills an indicator, e.g.
/// <c>100 - bouwjaar_vanaf_2000_percentage</c> or <c>bijstand / aantal_inwoners * 1000</c>: numbers (with a
/// point), column names (snake_case, or any header in double quotes), <c>+ - * /</c>, unary minus and
/// parentheses. Missing is never zero: an unknown column value or a division by zero gives unknown.
/// </summary>
public sealed class IndicatorExpression
{
    private readonly ExpressionNode _root;

    private IndicatorExpression(string text, ExpressionNode root, IReadOnlyList<string> columns)
    {
        Text = text;
        _root = root;
        Columns = columns;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The column names it reads, as written (quoted headers without their quotes), each once.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Parses an expression; on a syntax error <paramref name="error"/> says what and where, in
    /// Dutch.</summary>
    public static IndicatorExpression? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ExpressionParser(text);
        var root = parser.Parse(out error);
        return root is null ? null : new IndicatorExpression(text.Trim(), root, parser.Columns);
    }

    /// <summary>The value for one row; <paramref name="column"/> gives a column's value (null: unknown).</summary>
    public double? Evaluate(Func<string, double?> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return _root.Evaluate(column) is { } v && double.IsFinite(v) ? v : null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
