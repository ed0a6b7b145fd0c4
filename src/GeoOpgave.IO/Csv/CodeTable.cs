namespace GeoOpgave.IO.Csv;

/// <summary>A CSV table joined by CBS area code, as <see cref="CodeTableCsvReader"/> read it.</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="CodeColumn">The header of the code column.</param>
/// <param name="Columns">Every other column, in file order, with its type and missing-value count.</param>
/// <param name="Rows">The rows with a valid, first-seen code, in file order.</param>
/// <param name="RowsRead">Every data row read, including those left out for an invalid or repeated code.</param>
public sealed record CodeTable(
    string Name,
    string CodeColumn,
    IReadOnlyList<CodeTableColumn> Columns,
    IReadOnlyList<CodeTableRow> Rows,
    int RowsRead
)
{
    /// <summary>The first row of each code (a table with a period column has one row per code and year).</summary>
    public IReadOnlyDictionary<string, CodeTableRow> RowsByCode { get; } =
        Rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The header of the period column (Perioden, jaar, …) that gives each row its year; null when there is
    /// none.</summary>
    public string? PeriodColumn { get; init; }

    /// <summary>The columns whose cells are numbers, in the order of <see cref="CodeTableRow.Values"/>.</summary>
    public IEnumerable<CodeTableColumn> NumericColumns => Columns.Where(c => c.IsNumeric);
}
