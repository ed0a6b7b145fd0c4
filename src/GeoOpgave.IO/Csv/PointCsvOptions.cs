namespace GeoOpgave.IO.Csv;

/// <summary>Options of <see cref="PointCsvReader"/>.</summary>
public sealed record PointCsvOptions
{
    /// <summary>The column with x (or longitude); null: guess from x, rd_x, xcoord, lon, lng, longitude, ….</summary>
    public string? XColumn { get; init; }

    /// <summary>The column with y (or latitude); null: guess from y, rd_y, ycoord, lat, latitude, ….</summary>
    public string? YColumn { get; init; }

    /// <summary>
    /// The EPSG code of the coordinates. Null: 4326 when the guessed columns are lon/lat, else RD New (28992).
    /// </summary>
    public int? Srid { get; init; }

    /// <summary>The delimiter; null: whichever of ';' and ',' the header uses most.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The text encoding; null: UTF-8 when the start of the file is valid UTF-8, else windows-1252
    /// (reported).</summary>
    public System.Text.Encoding? Encoding { get; init; }
}
