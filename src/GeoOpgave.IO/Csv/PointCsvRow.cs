using NetTopologySuite.Features;

namespace GeoOpgave.IO.Csv;

/// <summary>One point row of a <see cref="PointCsvStream"/>.</summary>
/// <param name="Index">0-based index among the rows that were read (skipped rows do not count).</param>
/// <param name="Line">The 1-based line of the file on which the row starts.</param>
/// <param name="X">Easting in RD New (EPSG:28992), metres.</param>
/// <param name="Y">Northing in RD New (EPSG:28992), metres.</param>
/// <param name="Attributes">The other columns: long, double, text, or null for an empty cell.</param>
public sealed record PointCsvRow(int Index, int Line, double X, double Y, IAttributesTable Attributes);
