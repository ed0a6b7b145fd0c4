using System.Globalization;

namespace GeoOpgave.Core.Indicators;

/// <summary>Recursive descent over <c>expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary)*;
/// unary := '-' unary | atom; atom := number | name | "header" | '(' expr ')'</c>.</summary>
internal sealed class ExpressionParser(string text)
{
    private const int MaximumDepth = 64;
    private readonly List<string> _columns = [];
    private int _position;
    private int _depth;
    private string? _error;

    public IReadOnlyList<string> Columns => _columns;

    public ExpressionNode? Parse(out string? error)
    {
        var root = Expression();
        SkipSpace();
        if (_error is null && _position < text.Length)
        {
            Fail($"onverwacht teken '{text[_position]}'");
        }

        error = _error;
        return _error is null ? root : null;
    }

    private ExpressionNode? Expression()
    {
        if (++_depth > MaximumDepth)
        {
            return Fail("de uitdrukking is te diep genest");
        }

        var left = Term();
        while (left is not null && Peek() is '+' or '-')
        {
            var op = text[_position++];
            left = Term() is { } right ? new ExpressionNode.Binary(op, left, right) : null;
        }

        _depth--;
        return left;
    }

    private ExpressionNode? Term()
    {
        var left = Unary();
        while (left is not null && Peek() is '*' or '/')
        {
            var op = text[_position++];
            left = Unary() is { } right ? new ExpressionNode.Binary(op, left, right) : null;
        }

        return left;
    }

    private ExpressionNode? Unary()
    {
        if (Peek() != '-')
        {
            return Atom();
        }

        _position++;
        if (++_depth > MaximumDepth)
        {
            return Fail("de uitdrukking is te diep genest");
        }

        var operand = Unary();
        _depth--;
        return operand is null ? null : new ExpressionNode.Negate(operand);
    }

    private ExpressionNode? Atom()
    {
        var c = Peek();
        if (c == '(')
        {
            _position++;
            var inner = Expression();
            if (inner is not null && Peek() != ')')
            {
                return Fail("')' ontbreekt");
            }

            _position++;
            return inner;
        }

        if (c == '"')
        {
            var end = text.IndexOf('"', _position + 1);
            if (end < 0)
            {
                return Fail("het aanhalingsteken wordt niet gesloten");
            }

            return Name(text[(_position + 1)..end], end + 1);
        }

        if (char.IsAsciiDigit(c) || c == '.')
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
            {
                _position++;
            }

            return double.TryParse(
                text[start.._position],
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var number
            )
                ? new ExpressionNode.Number(number)
                : Fail($"'{text[start.._position]}' is geen getal", start);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '_'))
            {
                _position++;
            }

            return Name(text[start.._position], _position);
        }

        return Fail(c == '\0' ? "de uitdrukking houdt te vroeg op" : $"onverwacht teken '{c}'");
    }

    private ExpressionNode.Column? Name(string name, int next)
    {
        _position = next;
        if (name.Trim().Length == 0)
        {
            return (ExpressionNode.Column?)Fail("een lege kolomnaam");
        }

        if (!_columns.Contains(name, StringComparer.Ordinal))
        {
            _columns.Add(name);
        }

        return new ExpressionNode.Column(name);
    }

    private char Peek()
    {
        SkipSpace();
        return _position < text.Length ? text[_position] : '\0';
    }

    private void SkipSpace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private ExpressionNode? Fail(string message, int? at = null)
    {
        _error ??= $"{message} (positie {(at ?? _position) + 1})";
        return null;
    }
}
