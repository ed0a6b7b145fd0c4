namespace GeoOpgave.IO.Csv;

/// <summary>A table with its secret zeros read as missing (see <see cref="SecretZeros"/>), and the rows where that
/// happened.</summary>
public sealed record SecretZeroResult(CodeTable Table, IReadOnlyList<SecretZeroRow> Rows)
{
    /// <summary>The columns that were 0 in every row with a value, in file order.</summary>
    public IReadOnlyList<string> ZeroColumns { get; init; } = [];

    /// <summary>Those of <see cref="ZeroColumns"/> whose zeros were read as missing: all but the counts.</summary>
    public IReadOnlyList<string> ClearedColumns { get; init; } = [];
}
