using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.IO.Csv;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>
/// A point CSV read in a single streaming pass that both lands the rows (<see cref="PointCsvFeatures"/>) and
/// gathers the report (<see cref="PointCsvScan"/>), so memory stays bounded and the file is parsed once. The
/// layer's extent, fields and report are completed after the rows are written, inside the same transaction; a
/// problem found on the way rejects the import and rolls everything back.
/// </summary>
internal static class PointCsvCandidate
{
    public static ImportCandidate Build(
        string path,
        PointCsvOptions csv,
        ImportReport report,
        string layerName,
        int? year,
        ImportOptions options,
        IProgress<double>? progress
    )
    {
        report = report with { Layer = layerName, Kind = "vector", Year = year };
        var (stream, openIssues) = PointCsvStream.Open(path, csv);
        if (stream is null)
        {
            return new ImportCandidate(report with { Issues = openIssues.ToList() }, null);
        }

        var scan = new PointCsvScan(stream, options);
        var opened = report;
        ImportReport Final() => FinalReport(opened, stream, scan);
        var layer = new NewLayer(layerName, LayerKind.Vector, report.Source, "Point", null, "[]", "{}", year);
        var import = new LayerImport(layer, [])
        {
            PointBlocks = PointCsvFeatures.Blocks(stream, scan, progress),
            Complete = () => Completed(layer, Final(), scan),
        };
        return new ImportCandidate(report with { Issues = openIssues.ToList() }, import) { FinalReport = Final };
    }

    private static ImportReport FinalReport(ImportReport report, PointCsvStream stream, PointCsvScan scan)
    {
        var issues = stream.Issues.Take(PointCsvScan.MaxIssues).ToList();
        issues.AddRange(scan.Extra);
        if (scan.Count == 0 && !issues.Exists(i => i.Severity == IssueSeverity.Error))
        {
            issues.Add(ReportIssues.Error(IssueKind.EmptyLayer, "De laag bevat geen enkel bruikbaar object."));
        }

        return report with
        {
            FeaturesRead = scan.Count + stream.RowsSkipped + stream.RowsOutside,
            FeaturesImported = scan.Count,
            FeaturesRejected = stream.RowsSkipped + stream.RowsOutside,
            GeometryTypes = scan.Count > 0 ? ["Point"] : [],
            Extent = scan.Extent.IsNull
                ? null
                : new ImportExtent(scan.Extent.MinX, scan.Extent.MinY, scan.Extent.MaxX, scan.Extent.MaxY),
            Fields = scan.Fields.Summaries(),
            Issues = issues,
        };
    }

    private static NewLayer Completed(NewLayer layer, ImportReport report, PointCsvScan scan) => layer with
    {
        Extent = scan.Extent,
        FieldsJson = ImportJson.Serialize(report.Fields),
        ReportJson = ImportJson.Serialize(report with { Imported = true }),
    };
}
