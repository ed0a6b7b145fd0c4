namespace GeoOpgave.Core.Profiles;

/// <summary>How an <see cref="IndicatorDefinition"/> turns a layer into one number per buurt; the JSON name is in
/// brackets.</summary>
public enum IndicatorAggregator
{
    /// <summary>Points in the buurt ("points.count"), only those with a class in the values when values are
    /// given.</summary>
    PointCount,

    /// <summary>Sum of the field over the points ("points.sum"); null when no point has a value.</summary>
    PointSum,

    /// <summary>Mean of the field ("points.mean"); null when no point has a value.</summary>
    PointMean,

    /// <summary>Minimum of the field ("points.min"); null when no point has a value.</summary>
    PointMin,

    /// <summary>Maximum of the field ("points.max"); null when no point has a value.</summary>
    PointMax,

    /// <summary>Percentage (0–100) of the points whose class is one of the values ("points.share"); null without
    /// points.</summary>
    PointShare,

    /// <summary>m² of the buurt covered by zones with a class in the values, dissolved ("zones.area"); all zones
    /// without values.</summary>
    ZoneArea,

    /// <summary>Percentage (0–100) of the buurt covered by those zones ("zones.share").</summary>
    ZoneShare,

    /// <summary>Areal interpolation of an extensive field (a count), shared by area ("areal.extensive"); null without
    /// overlap.</summary>
    ArealExtensive,

    /// <summary>Areal interpolation of an intensive field (a rate), overlap-weighted mean ("areal.intensive"); null
    /// without overlap.</summary>
    ArealIntensive,

    /// <summary>Metres of line in the buurt ("lines.length"), only classes in the values when given; per hectare with
    /// perHectare.</summary>
    LineLength,

    /// <summary>Mean of the raster cells, weighted by the part of each cell inside the buurt ("raster.mean"); nodata
    /// excluded, null without data.</summary>
    RasterMean,

    /// <summary>Lowest cell value touching the buurt ("raster.min"); null without data.</summary>
    RasterMin,

    /// <summary>Highest cell value touching the buurt ("raster.max"); null without data.</summary>
    RasterMax,

    /// <summary>
    /// Percentage (0–100) of the buurt's data area with a cell value at or above the threshold ("raster.share"), e.g.
    /// the share with a felt temperature of 35 °C or more; null without data.
    /// </summary>
    RasterShare,
}
