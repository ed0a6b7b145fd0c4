namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Raster cells in one area (centre-point rule: a cell counts when its centre lies in the area).
/// Mean, min and max are over cells with data and null when there are none; <see cref="DataFraction"/>
/// is the share (0–1) of the area's cells that had data.
/// </summary>
public sealed record RasterStatistics(string AreaCode, long Cells, long DataCells, double? Mean, double? Min, double? Max)
{
    public double DataFraction => Cells == 0 ? 0 : DataCells / (double)Cells;
}
