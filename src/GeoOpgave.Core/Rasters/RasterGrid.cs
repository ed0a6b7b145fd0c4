namespace GeoOpgave.Core.Rasters;

/// <summary>
/// A single-band raster on a north-up grid: row 0 is the top (northern) row.
/// </summary>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
/// <param name="OriginX">X of the top-left corner of cell (0, 0), in the raster's CRS units.</param>
/// <param name="OriginY">Y of the top-left corner of cell (0, 0).</param>
/// <param name="CellWidth">Cell width, positive.</param>
/// <param name="CellHeight">Cell height, positive (rows run southwards).</param>
/// <param name="Srid">The EPSG code of the grid's CRS.</param>
/// <param name="NoData">The value that marks a cell without data, or null when every cell has data.</param>
/// <param name="Values">Row-major cell values, <c>Width * Height</c> long.</param>
public sealed record RasterGrid(
    int Width,
    int Height,
    double OriginX,
    double OriginY,
    double CellWidth,
    double CellHeight,
    int Srid,
    float? NoData,
    float[] Values)
{
    /// <summary>The value of a cell, or null when it is nodata (or NaN).</summary>
    public float? Get(int column, int row)
    {
        var v = Values[(row * Width) + column];
        return float.IsNaN(v) || (NoData is { } nd && v.Equals(nd)) ? null : v;
    }

    /// <summary>X of the centre of a column.</summary>
    public double CentreX(int column) => OriginX + ((column + 0.5) * CellWidth);

    /// <summary>Y of the centre of a row.</summary>
    public double CentreY(int row) => OriginY - ((row + 0.5) * CellHeight);
}
