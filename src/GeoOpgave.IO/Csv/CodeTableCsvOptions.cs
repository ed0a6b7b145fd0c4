namespace GeoOpgave.IO.Csv;

/// <summary>Options of <see cref="CodeTableCsvReader"/>.</summary>
public sealed record CodeTableCsvOptions
{
    /// <summary>The column with the CBS codes; null: the first column whose cells are mostly codes.</summary>
    public string? CodeColumn { get; init; }

    /// <summary>The delimiter; null: whichever of ';' and ',' the header uses most.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The text encoding; null: UTF-8 when the start of the file is valid UTF-8, else windows-1252
    /// (reported).</summary>
    public System.Text.Encoding? Encoding { get; init; }
}
