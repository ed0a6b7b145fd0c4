namespace GeoOpgave.IO.Csv;

/// <summary>One row of a <see cref="CodeTable"/>.</summary>
/// <param name="Code">The CBS code (GM/WK/BU), trimmed and upper-cased.</param>
/// <param name="Line">The 1-based line of the file on which the row starts.</param>
/// <param name="Values">One value per numeric column (see <see cref="CodeTableColumn.ValueIndex"/>); null when
/// missing.</param>
public sealed record CodeTableRow(string Code, int Line, IReadOnlyList<double?> Values)
{
    /// <summary>The year of the row's period column (StatLine's "2022" or "2022JJ00"); null when the table has
    /// none.</summary>
    public int? Year { get; init; }
}
