using System.Text;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Splits delimited text into records (RFC 4180 quoting, quoted newlines allowed) and remembers the
/// 1-based line on which each record starts. A line without quotes is split directly, which is most lines
/// of a large point file; only quoted lines go through the character-level parser. A record longer than
/// <see cref="MaxRecordChars"/> (an unclosed quote, or no line breaks at all) stops reading with
/// <see cref="CsvRecordTooLongException"/> instead of filling memory with the rest of the file.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    public const int MaxRecordChars = 1 << 20;

    private readonly StringBuilder _field = new();
    private readonly StringBuilder _lineText = new();
    private int _line;
    private int _recordChars;
    private int _recordStart;

    /// <summary>The fields of the next record and its first line, or null at the end of the text.</summary>
    public (IReadOnlyList<string> Fields, int Line)? Next()
    {
        _recordChars = 0;
        _recordStart = _line + 1;
        if (ReadLine() is not { } line)
        {
            return null;
        }

        var startLine = ++_line;
        return line.Contains('"', StringComparison.Ordinal) ? (ParseQuoted(line), startLine) : (line.Split(delimiter), startLine);
    }

    private List<string> ParseQuoted(string line)
    {
        var fields = new List<string>();
        _field.Clear();
        var quoted = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    _field.Append('"');
                    i++;
                }
                else if (c == '"' && (quoted || _field.Length == 0))
                {
                    quoted = !quoted;
                }
                else if (c == delimiter && !quoted)
                {
                    fields.Add(_field.ToString());
                    _field.Clear();
                }
                else
                {
                    _field.Append(c);
                }
            }

            // A quoted field runs on over the line break: the newline is part of its value.
            if (!quoted || ReadLine() is not { } next)
            {
                break;
            }

            _line++;
            _field.Append('\n');
            line = next;
        }

        fields.Add(_field.ToString());
        return fields;
    }

    // TextReader.ReadLine without a bound would read a file without line breaks whole. Line ends as ReadLine's:
    // "\n", "\r\n" or a lone "\r".
    private string? ReadLine()
    {
        _lineText.Clear();
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return _lineText.ToString();
            }

            if (++_recordChars > MaxRecordChars)
            {
                throw new CsvRecordTooLongException(_recordStart);
            }

            _lineText.Append((char)c);
        }

        return c < 0 && _lineText.Length == 0 ? null : _lineText.ToString();
    }
}
