namespace GeoOpgave.Core.Indicators;

/// <summary>A node of a parsed <see cref="IndicatorExpression"/>.</summary>
internal abstract record ExpressionNode
{
    public abstract double? Evaluate(Func<string, double?> column);

    public sealed record Number(double Value) : ExpressionNode
    {
        public override double? Evaluate(Func<string, double?> column) => Value;
    }

    public sealed record Column(string Name) : ExpressionNode
    {
        public override double? Evaluate(Func<string, double?> column) => column(Name);
    }

    public sealed record Negate(ExpressionNode Operand) : ExpressionNode
    {
        public override double? Evaluate(Func<string, double?> column) => -Operand.Evaluate(column);
    }

    public sealed record Binary(char Operator, ExpressionNode Left, ExpressionNode Right) : ExpressionNode
    {
        public override double? Evaluate(Func<string, double?> column)
        {
            if (Left.Evaluate(column) is not { } a || Right.Evaluate(column) is not { } b)
            {
                return null;
            }

            return Operator switch
            {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                _ => b == 0 ? null : a / b,
            };
        }
    }
}
