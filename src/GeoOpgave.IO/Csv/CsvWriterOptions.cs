namespace GeoOpgave.IO.Csv;

/// <summary>How <see cref="CsvWriter"/> writes a layer's attributes.</summary>
public sealed record CsvWriterOptions
{
    /// <summary>The Dutch spreadsheet default: ';' between fields, decimal comma.</summary>
    public static CsvWriterOptions Semicolon { get; } = new() { Separator = ';' };

    /// <summary>The international variant: ',' between fields, decimal point.</summary>
    public static CsvWriterOptions Comma { get; } = new() { Separator = ',' };

    /// <summary>
    /// The field separator, ';' or ','. With ';' decimals get a comma (as Dutch Excel and LibreOffice read them);
    /// with ',' a point, since a comma there would split the field.
    /// </summary>
    public char Separator { get; init; } = ';';

    /// <summary>Whether to start the file with a UTF-8 byte order mark, which spreadsheets need to read UTF-8
    /// text.</summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>The line end: RFC 4180's CRLF, or "\n" for a file that Unix tools read line by line.</summary>
    public string NewLine { get; init; } = "\r\n";

    /// <summary>The columns in order, written even when there are no rows; null: the union of the attribute
    /// names.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    internal char DecimalSeparator => Separator == ';' ? ',' : '.';
}
