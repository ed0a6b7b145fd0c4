using System.Text;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// The one CSV grammar of GeoOpgave: splits delimited text into records straight from its bytes, without a string
/// per field. RFC 4180 quoting (quoted delimiters, doubled quotes, quoted line breaks), '\n', '\r\n' or a lone '\r'
/// (old Mac) as line end, a UTF-8 BOM skipped. Works for UTF-8 and single-byte code pages alike, since every
/// structural character is ASCII. A field is a span into the read buffer, valid until the next call of
/// <see cref="Next"/>; <see cref="Texts"/> decodes a record for readers that want strings.
/// </summary>
internal sealed class CsvByteRecords
{
    /// <summary>A record longer than this is an unclosed quote, not data: reading stops with
    /// <see cref="Oversized"/>.</summary>
    public const int MaxRecordBytes = 16 << 20;

    private const byte Quote = (byte)'"';
    private const byte NewLine = (byte)'\n';
    private const byte Return = (byte)'\r';

    private readonly Stream _stream;
    private readonly byte _delimiter;
    private byte[] _buffer = new byte[1 << 20];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private int _position;
    private int _end;
    private bool _eof;
    private bool _first = true;
    private int _nextLine = 1;

    public CsvByteRecords(Stream stream, char delimiter)
    {
        _stream = stream;
        _delimiter = (byte)delimiter;
    }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>True when reading stopped at a record longer than <see cref="MaxRecordBytes"/> (an unclosed
    /// quote).</summary>
    public bool Oversized { get; private set; }

    /// <summary>The 1-based line on which the record after the current one starts (with <see cref="Oversized"/>: the
    /// oversized one).</summary>
    public int NextLine => _nextLine;

    /// <summary>Field <paramref name="index"/> of the current record, unquoted; empty beyond the last field.</summary>
    public ReadOnlySpan<byte> Field(int index) =>
        index < FieldCount ? _buffer.AsSpan(_starts[index], _lengths[index]) : [];

    /// <summary>The fields of the current record decoded as text.</summary>
    public string[] Texts(Encoding encoding)
    {
        var texts = new string[FieldCount];
        for (var i = 0; i < FieldCount; i++)
        {
            texts[i] = encoding.GetString(Field(i));
        }

        return texts;
    }

    /// <summary>Moves to the next record; false at the end of the text (or at an oversized record).</summary>
    public bool Next()
    {
        while (true)
        {
            if (_first)
            {
                Fill();
                SkipBom();
                _first = false;
            }

            if (_position >= _end && _eof)
            {
                return false;
            }

            if (TryParse(out var next, out var lines))
            {
                Line = _nextLine;
                _nextLine += lines;
                _position = next;
                return true;
            }

            if (_eof || !MakeRoom())
            {
                return false;
            }
        }
    }

    private void SkipBom()
    {
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
    }

    // Finds the fields of the record at _position; false when it runs past the buffered bytes (more must be read).
    // Nothing is changed in the buffer until the record is known to be complete, so a retry can parse it again.
    private bool TryParse(out int next, out int lines)
    {
        FieldCount = 0;
        lines = 1;
        var i = _position;
        var quotedFields = false;
        while (true)
        {
            var start = i;
            var quoted = i < _end && _buffer[i] == Quote;
            if (quoted)
            {
                quotedFields = true;
                if (!SkipQuoted(ref i, ref lines))
                {
                    next = 0;
                    return false;
                }
            }

            var stop = _buffer.AsSpan(i, _end - i).IndexOfAny(_delimiter, NewLine, Return);
            var fieldEnd = stop < 0 ? _end : i + stop;
            // A '\r' as the last byte read may be the first half of "\r\n": read on before deciding.
            if (!_eof && (stop < 0 || (_buffer[fieldEnd] == Return && fieldEnd + 1 == _end)))
            {
                next = 0;
                return false;
            }

            var recordEnds = stop < 0 || _buffer[fieldEnd] != _delimiter;
            var length = fieldEnd - start;
            AddField(start, quoted ? -length : length);
            if (recordEnds)
            {
                next = fieldEnd + (IsCrLf(fieldEnd) ? 2 : 1);
                if (quotedFields)
                {
                    Unquote();
                }

                return true;
            }

            i = fieldEnd + 1;
        }
    }

    // Moves i past the closing quote of the quoted field starting at i, counting line breaks inside it.
    private bool SkipQuoted(ref int i, ref int lines)
    {
        var j = i + 1;
        while (true)
        {
            var q = _buffer.AsSpan(j, _end - j).IndexOf(Quote);
            if (q < 0)
            {
                return _eof && Close(ref i, _end, ref lines);
            }

            var at = j + q;
            if (at + 1 >= _end && !_eof)
            {
                return false;
            }

            if (at + 1 < _end && _buffer[at + 1] == Quote)
            {
                j = at + 2;
                continue;
            }

            return Close(ref i, at + 1, ref lines);
        }
    }

    private bool Close(ref int i, int after, ref int lines)
    {
        lines += LineBreaks(_buffer.AsSpan(i, after - i));
        i = after;
        return true;
    }

    private bool IsCrLf(int at) => at + 1 < _end && _buffer[at] == Return && _buffer[at + 1] == NewLine;

    // "\n", "\r\n" and a lone "\r" each end a line, as they do between records.
    private static int LineBreaks(ReadOnlySpan<byte> text)
    {
        var breaks = text.Count(NewLine);
        if (!text.Contains(Return))
        {
            return breaks;
        }

        for (var at = 0; at < text.Length; at++)
        {
            if (text[at] == Return && (at + 1 == text.Length || text[at + 1] != NewLine))
            {
                breaks++;
            }
        }

        return breaks;
    }

    private void AddField(int start, int signedLength)
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }

        // A negative length marks a quoted field that Unquote still has to strip.
        _starts[FieldCount] = start;
        _lengths[FieldCount] = signedLength;
        FieldCount++;
    }

    // Strips the quotes of quoted fields in place: "a""b"c becomes a"bc, which is never longer than the original.
    private void Unquote()
    {
        for (var f = 0; f < FieldCount; f++)
        {
            if (_lengths[f] >= 0)
            {
                continue;
            }

            var start = _starts[f];
            var end = start - _lengths[f];
            var write = start;
            var inQuotes = false;
            for (var read = start; read < end; read++)
            {
                var b = _buffer[read];
                if (b == Quote && inQuotes && read + 1 < end && _buffer[read + 1] == Quote)
                {
                    _buffer[write++] = Quote;
                    read++;
                }
                else if (b == Quote && (inQuotes || write == start))
                {
                    inQuotes = !inQuotes;
                }
                else
                {
                    _buffer[write++] = b;
                }
            }

            _lengths[f] = write - start;
        }
    }

    // Keeps the unfinished record, moved to the front, and reads more behind it; grows the buffer for a long record.
    private bool MakeRoom()
    {
        var kept = _end - _position;
        if (kept >= MaxRecordBytes)
        {
            Oversized = true;
            return false;
        }

        if (_position == 0 && _end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, kept);
            _position = 0;
            _end = kept;
        }

        Fill();
        return true;
    }

    private void Fill()
    {
        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            _end += read;
        }
    }
}
