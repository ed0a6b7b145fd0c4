namespace GeoOpgave.IO.Csv;

/// <summary>One column of a <see cref="CodeTable"/> other than the code column.</summary>
/// <param name="Name">The header, trimmed.</param>
/// <param name="Type">What its cells hold.</param>
/// <param name="MissingValues">Cells that were empty, StatLine's '.', '-' or a CBS sentinel.</param>
/// <param name="ValueIndex">The position of this column in <see cref="CodeTableRow.Values"/>; -1 unless
/// numeric.</param>
public sealed record CodeTableColumn(string Name, CodeTableColumnType Type, int MissingValues, int ValueIndex)
{
    /// <summary>True for <see cref="CodeTableColumnType.Integer"/> and
    /// <see cref="CodeTableColumnType.Real"/>.</summary>
    public bool IsNumeric => Type is CodeTableColumnType.Integer or CodeTableColumnType.Real;
}
