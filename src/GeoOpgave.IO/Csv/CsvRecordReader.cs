using System.Text;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Splits delimited text into records (RFC 4180 quoting, quoted newlines allowed) and remembers the
/// 1-based line on which each record starts.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private int _line = 1;

    /// <summary>The fields of the next record and its first line, or null at the end of the text.</summary>
    public (IReadOnlyList<string> Fields, int Line)? Next()
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r')))
            {
                ConsumeLineEnd(c);
                fields.Add(field.ToString());
                return (fields, startLine);
            }

            if (c == '"' && quoted && reader.Peek() == '"')
            {
                reader.Read();
                field.Append('"');
            }
            else if (c == '"' && (quoted || field.Length == 0))
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                _line += c == '\n' ? 1 : 0;
                field.Append((char)c);
            }
        }
    }

    private void ConsumeLineEnd(int c)
    {
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        if (c >= 0)
        {
            _line++;
        }
    }
}
