namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The raster cells in one area. With exact coverage every count is a sum of cell fractions (0–1 per
/// cell) and every sum and mean is weighted by them; with the centre-point rule each cell weighs 1.
/// Statistics are over cells with data (nodata and NaN excluded) and null when there are none; min and
/// max are over the cells that touch the area at all.
/// </summary>
/// <param name="AreaCode">The area.</param>
/// <param name="CoveredCells">Cells (or cell fractions) of the raster inside the area, with or without data.</param>
/// <param name="DataCells">Of those, the cells with data.</param>
/// <param name="Sum">Weighted sum of the values.</param>
/// <param name="Mean">Weighted mean of the values.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="ThresholdShare">Share (0–1) of the data cells beyond the threshold; null without threshold or
/// data.</param>
/// <param name="DataFraction">Share (0–1) of the area's surface covered by cells with data (outside the raster counts
/// as no data).</param>
public sealed record RasterStatistics(
    string AreaCode,
    double CoveredCells,
    double DataCells,
    double? Sum,
    double? Mean,
    double? Min,
    double? Max,
    double? ThresholdShare,
    double DataFraction);
