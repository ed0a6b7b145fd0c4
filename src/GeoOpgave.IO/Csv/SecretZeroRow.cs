namespace GeoOpgave.IO.Csv;

/// <summary>A row whose zeros stood for secret figures: its code, line in the file, and the columns read as
/// missing.</summary>
public sealed record SecretZeroRow(string Code, int Line, IReadOnlyList<string> Columns);
