using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Files;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// Writes the tidy CSV of <c>geoopgave aggregate</c> with IO's <see cref="CsvWriter"/>: header
/// <c>code,class,&lt;stats&gt;</c>, numbers in the invariant culture (shortest round-trip form), unknown values as
/// empty cells, a code or class that a spreadsheet would run as a formula escaped. The file is replaced whole or not
/// at all (<see cref="AtomicFile"/>).
/// </summary>
internal static class AggregateCsvWriter
{
    // The format scripts and the benchmark read: ',' and '.', LF line ends, no byte order mark.
    private static readonly CsvWriterOptions Tidy = CsvWriterOptions.Comma with
    {
        ByteOrderMark = false,
        NewLine = "\n",
    };

    public static Task WriteAsync(
        string path,
        IReadOnlyList<string> stats,
        IEnumerable<AggregateRow> rows,
        CancellationToken cancellationToken
    ) =>
        AtomicFile.WriteAsync(path, stream =>
            CsvWriter.WriteRowsAsync(
                stream,
                ["code", "class", .. stats],
                rows.Select(Cells),
                Tidy,
                cancellationToken
            )
        );

    private static IEnumerable<object?> Cells(AggregateRow row) => [row.Code, row.Class, .. row.Values];
}
