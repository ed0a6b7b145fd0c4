namespace GeoOpgave.IO.Csv;

/// <summary>A table with its secret zeros read as missing (see <see cref="SecretZeros"/>), and the rows where that
/// happened.</summary>
public sealed record SecretZeroResult(CodeTable Table, IReadOnlyList<SecretZeroRow> Rows);
