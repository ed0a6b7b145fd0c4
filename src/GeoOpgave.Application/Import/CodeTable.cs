namespace GeoOpgave.Application.Import;

/// <summary>A CSV table with a column of CBS area codes, as <see cref="CodeTableCsv"/> read it.</summary>
/// <param name="Header">The column names, trimmed.</param>
/// <param name="CodeColumn">The index of the code column.</param>
/// <param name="Rows">Each data row's cells and its 1-based line number.</param>
/// <param name="CommaDecimals">True for a ';'-file, where a decimal comma is read.</param>
internal sealed record CodeTable(IReadOnlyList<string> Header, int CodeColumn, IReadOnlyList<(IReadOnlyList<string> Cells, int Line)> Rows, bool CommaDecimals);
