namespace GeoOpgave.IO.Csv;

/// <summary>Options of <see cref="CodeTableCsvReader"/>.</summary>
public sealed record CodeTableCsvOptions
{
    /// <summary>The column with the CBS codes; null: the first column whose cells are mostly codes.</summary>
    public string? CodeColumn { get; init; }

    /// <summary>The delimiter; null: whichever of ';' and ',' the header uses most.</summary>
    public char? Delimiter { get; init; }
}
