using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Import;

/// <summary>
/// A point CSV checked in one streaming pass (counts, fields, extent, issues) and landed in a second
/// (<see cref="PointCsvFeatures"/>), so memory stays bounded however many rows the file has.
/// </summary>
internal static class PointCsvCandidate
{
    // Beyond this many issues the report stops growing: the user has enough to fix, and memory stays bounded.
    private const int MaxIssues = 1_000;

    public static ImportCandidate Build(string path, PointCsvOptions csv, ImportReport report, string layerName, int? year, ImportOptions options)
    {
        report = report with { Layer = layerName, Kind = "vector", Year = year };
        var (stream, openIssues) = PointCsvStream.Open(path, csv);
        if (stream is null)
        {
            return new ImportCandidate(report with { Issues = openIssues.Select(ReportIssues.From).ToList() }, null);
        }

        var scan = Scan(stream, options);
        var issues = stream.Issues.Take(MaxIssues).Select(ReportIssues.From).ToList();
        issues.AddRange(scan.Extra);
        report = report with
        {
            FeaturesRead = scan.Count + stream.RowsSkipped,
            FeaturesImported = scan.Count,
            FeaturesRejected = stream.RowsSkipped,
            GeometryTypes = scan.Count > 0 ? ["Point"] : [],
            Extent = scan.Extent.IsNull ? null : new ImportExtent(scan.Extent.MinX, scan.Extent.MinY, scan.Extent.MaxX, scan.Extent.MaxY),
            Fields = scan.Fields.Summaries(),
            Issues = issues,
        };
        if (scan.Count == 0 && !report.HasErrors)
        {
            report = report with { Issues = [.. issues, ReportIssues.Error("EmptyLayer", "De laag bevat geen enkel bruikbaar object.")] };
        }

        if (report.HasErrors)
        {
            return new ImportCandidate(report, null);
        }

        var layer = new NewLayer(
            layerName,
            LayerKind.Vector,
            report.Source,
            "Point",
            scan.Extent,
            ImportJson.Serialize(report.Fields),
            ImportJson.Serialize(report with { Imported = true }),
            year);
        return new ImportCandidate(report, new LayerImport(layer, PointCsvFeatures.Stream(path, csv, scan.Count)));
    }

    private static (int Count, Envelope Extent, FieldStatistics Fields, List<ImportReportIssue> Extra) Scan(PointCsvStream stream, ImportOptions options)
    {
        var fields = new FieldStatistics();
        var extent = new Envelope();
        var extra = new List<ImportReportIssue>();
        var count = 0;
        foreach (var row in stream.Rows())
        {
            if (count >= options.MaxFeatures)
            {
                extra.Add(ReportIssues.Error("TooLarge", $"Het bestand heeft meer dan {options.MaxFeatures} punten (instelling Import:MaxFeatures); het lezen is gestopt."));
                break;
            }

            if (stream.Issues.Count > MaxIssues)
            {
                extra.Add(ReportIssues.Error("TooManyIssues", $"Meer dan {MaxIssues} problemen gevonden; het lezen is gestopt bij regel {row.Line}. Herstel deze eerst."));
                break;
            }

            fields.Add(row.Attributes);
            extent.ExpandToInclude(row.X, row.Y);
            count++;
        }

        return (count, extent, fields, extra);
    }
}
