using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Reads points from delimited text with a header row and an x/y (or lon/lat) column pair. The delimiter
/// (';' or ',') is detected, a UTF-8 BOM is skipped, and in ';'-files a decimal comma is read. Points come
/// back in RD New (EPSG:28992). Other columns become attributes: long or double where the text is a number
/// (codes with a leading zero stay text), null for an empty cell, else the text. This holds the whole layer;
/// use <see cref="PointCsvStream"/> for large files.
/// </summary>
public static class PointCsvReader
{
    /// <summary>A factory for RD New points (srid 28992).</summary>
    public static GeometryFactory RdNewFactory { get; } = new(new PrecisionModel(), Srid.RdNew);

    /// <summary>Reads the file; a row whose coordinates do not parse is left out with an issue naming row and
    /// column.</summary>
    public static ReadResult<VectorLayer> Read(string path, PointCsvOptions? options = null)
    {
        var (stream, openIssues) = PointCsvStream.Open(path, options);
        if (stream is null)
        {
            return new ReadResult<VectorLayer>(null, openIssues.ToArray());
        }

        var features = new List<IFeature>();
        var lines = new List<int>();
        foreach (var row in stream.Rows())
        {
            features.Add(new Feature(RdNewFactory.CreatePoint(new Coordinate(row.X, row.Y)), row.Attributes));
            lines.Add(row.Line);
        }

        return new ReadResult<VectorLayer>(
            new VectorLayer(stream.Name, Srid.RdNew, features) { SourceLines = lines },
            stream.Issues.ToArray()
        );
    }
}
