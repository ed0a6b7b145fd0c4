using System.Buffers;
using System.Text.Json;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Writes the attributes of one row of a <see cref="PointCsvBlock"/> as a UTF-8 JSON object, as
/// <see cref="AttributeJson"/> does for a table: numbers as numbers, text as text, and empty cells and CBS
/// sentinels as null. One writer and buffer serve every row.
/// </summary>
internal sealed class PointCsvJson
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly JsonEncodedText[] _names;
    private char[] _chars = new char[256];

    public PointCsvJson(IReadOnlyList<string> attributeNames)
    {
        _writer = new Utf8JsonWriter(_buffer);
        _names = attributeNames.Select(n => JsonEncodedText.Encode(n)).ToArray();
    }

    /// <summary>The JSON of <paramref name="row"/>, valid until the next call; empty when the file has no attribute
    /// columns.</summary>
    public ReadOnlySpan<byte> Write(PointCsvBlock block, int row)
    {
        if (_names.Length == 0)
        {
            return [];
        }

        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        for (var c = 0; c < _names.Length; c++)
        {
            _writer.WritePropertyName(_names[c]);
            WriteValue(block, row, c);
        }

        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    private void WriteValue(PointCsvBlock block, int row, int column)
    {
        var cell = block.Cell(row, column);
        switch (cell.Kind)
        {
            case CsvCellKind.Integer when !CbsSentinels.IsMissing(cell.Integer):
                _writer.WriteNumberValue(cell.Integer);
                break;
            case CsvCellKind.Real when !CbsSentinels.IsMissing(cell.Real):
                _writer.WriteNumberValue(cell.Real);
                break;
            case CsvCellKind.Text:
                WriteText(block.Raw(row, column), block.Encoding);
                break;
            default:
                _writer.WriteNullValue();
                break;
        }
    }

    // Decoded rather than passed on as bytes: text that is not valid in its encoding becomes U+FFFD instead of an
    // exception.
    private void WriteText(ReadOnlySpan<byte> raw, System.Text.Encoding encoding)
    {
        var needed = encoding.GetMaxCharCount(raw.Length);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var length = encoding.GetChars(raw, _chars);
        _writer.WriteStringValue(_chars.AsSpan(0, length));
    }
}
