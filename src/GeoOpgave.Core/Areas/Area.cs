using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Areas;

/// <summary>
/// A CBS area (gemeente, wijk or buurt) of one year.
/// </summary>
/// <param name="Code">The CBS code: GM + 4 digits, WK + 6 digits or BU + 8 digits.</param>
/// <param name="Name">The Dutch name as CBS publishes it.</param>
/// <param name="Level">Gemeente, wijk or buurt; must match the code's prefix.</param>
/// <param name="GemeenteCode">The gemeente the area lies in (its own code for a gemeente).</param>
/// <param name="WijkCode">The wijk of a buurt, the wijk's own code for a wijk, null for a gemeente.</param>
/// <param name="Year">The year of the CBS wijk- en buurtindeling.</param>
/// <param name="Geometry">Polygon or MultiPolygon in RD New (EPSG:28992, metres).</param>
public sealed record Area(
    string Code,
    string Name,
    AreaLevel Level,
    string GemeenteCode,
    string? WijkCode,
    int Year,
    Geometry Geometry);
