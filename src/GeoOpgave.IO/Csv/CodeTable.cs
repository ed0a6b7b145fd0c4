namespace GeoOpgave.IO.Csv;

/// <summary>A CSV table joined by CBS area code, as <see cref="CodeTableCsvReader"/> read it.</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="CodeColumn">The header of the code column.</param>
/// <param name="Columns">Every other column, in file order, with its type and missing-value count.</param>
/// <param name="Rows">The rows with a valid, first-seen code, in file order.</param>
/// <param name="RowsRead">Every data row read, including those left out for an invalid or repeated code.</param>
public sealed record CodeTable(string Name, string CodeColumn, IReadOnlyList<CodeTableColumn> Columns, IReadOnlyList<CodeTableRow> Rows, int RowsRead)
{
    /// <summary>The rows keyed by code.</summary>
    public IReadOnlyDictionary<string, CodeTableRow> RowsByCode { get; } = Rows.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The columns whose cells are numbers, in the order of <see cref="CodeTableRow.Values"/>.</summary>
    public IEnumerable<CodeTableColumn> NumericColumns => Columns.Where(c => c.IsNumeric);
}
