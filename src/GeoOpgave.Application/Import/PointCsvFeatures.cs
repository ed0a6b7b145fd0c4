using GeoOpgave.IO.Csv;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>Streams a checked point CSV into the store: one row in memory at a time, attributes as JSON.</summary>
public static class PointCsvFeatures
{
    /// <summary>
    /// The rows of the file as features in RD New, read lazily. Throws <see cref="ImportSourceChangedException"/>
    /// during enumeration when a row fails to read or the count differs from <paramref name="expectedRows"/>,
    /// which aborts the store's transaction: a bad row found late leaves nothing.
    /// </summary>
    public static IEnumerable<LayerFeature> Stream(string path, PointCsvOptions options, int expectedRows)
    {
        var (stream, _) = PointCsvStream.Open(path, options);
        if (stream is null)
        {
            throw new ImportSourceChangedException($"Het bestand '{Path.GetFileName(path)}' is tijdens de import onleesbaar geworden.");
        }

        var count = 0;
        foreach (var row in stream.Rows())
        {
            if (stream.HasErrors || count >= expectedRows)
            {
                throw Changed(path, stream, count);
            }

            var point = PointCsvReader.RdNewFactory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(row.X, row.Y));
            yield return new LayerFeature(row.Index, point, AttributeJson.Write(row.Attributes));
            count++;
        }

        if (stream.HasErrors || count != expectedRows)
        {
            throw Changed(path, stream, count);
        }
    }

    private static ImportSourceChangedException Changed(string path, PointCsvStream stream, int count)
    {
        var problem = stream.Issues.LastOrDefault(i => i.Severity == IO.Validation.IssueSeverity.Error);
        var where = problem?.Row is { } row ? $" (regel {row}: {problem.Message})" : problem is null ? string.Empty : $" ({problem.Message})";
        return new ImportSourceChangedException(
            $"Het bestand '{Path.GetFileName(path)}' is tijdens de import veranderd na {count} regels{where}; er is niets opgeslagen.");
    }
}
