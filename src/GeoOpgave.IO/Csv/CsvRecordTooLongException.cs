namespace GeoOpgave.IO.Csv;

/// <summary>
/// A record runs on past <see cref="CsvRecordReader.MaxRecordChars"/> from <see cref="StartLine"/>: almost always a
/// quote that is never closed. Caught by the reader that owns the file and turned into an issue.
/// </summary>
internal sealed class CsvRecordTooLongException(int startLine)
    : IOException($"Record starting on line {startLine} is longer than {CsvRecordReader.MaxRecordChars} characters.")
{
    public int StartLine { get; } = startLine;
}
