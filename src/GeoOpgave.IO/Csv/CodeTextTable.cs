namespace GeoOpgave.IO.Csv;

/// <summary>
/// A CSV with an area-code column read as text, every row kept (a code may repeat): for lists whose columns are
/// words and dates rather than numbers, such as planned works per buurt.
/// </summary>
/// <param name="Name">The file's base name.</param>
/// <param name="Header">The column names.</param>
/// <param name="CodeColumn">The index of the code column in <paramref name="Header"/>.</param>
/// <param name="Rows">The cells of each row (as many as the row has) and the 1-based line it starts on.</param>
public sealed record CodeTextTable(
    string Name,
    IReadOnlyList<string> Header,
    int CodeColumn,
    IReadOnlyList<(IReadOnlyList<string> Cells, int Line)> Rows
);
