using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.Shapefile;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Import;

/// <summary>Reads the vector formats through the IO readers, one candidate per layer.</summary>
internal static class ImportSources
{
    public static List<ImportCandidate> GeoPackage(
        string path,
        ImportRequest request,
        ImportReport report,
        ImportOptions options
    )
    {
        var list = GeoPackageReader.ListLayers(path);
        if (list.Value is null || !list.IsSuccess)
        {
            return [new ImportCandidate(report with { Issues = list.Issues.ToList() }, null)];
        }

        var names = request.Layer is null ? list.Value.Select(l => l.Name).ToList() : [request.Layer];
        if (names.Count == 0)
        {
            return
            [
                new ImportCandidate(
                    report with
                    {
                        Issues =
                        [
                            ReportIssues.Error(IssueKind.LayerNotFound, "Het GeoPackage bevat geen vectorlagen."),
                        ],
                    },
                    null
                ),
            ];
        }

        var candidates = new List<ImportCandidate>();
        foreach (var name in names)
        {
            var info = list.Value.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
            var layerReport = report with
            {
                SourceLayer = name,
                CrsDetected = info?.SrsId is { } srs ? SourceCrsProbe.Epsg(srs) : null,
                CrsUsed = info?.SrsId is { } used ? SourceCrsProbe.Epsg(used) : null,
            };
            if (request.Srid is not null)
            {
                layerReport = layerReport with
                {
                    Issues =
                    [
                        ReportIssues.Warning(
                            IssueKind.CrsOverrideIgnored,
                            "Een GeoPackage legt zijn coördinatenstelsel zelf vast; --crs wordt genegeerd."
                        ),
                    ],
                };
            }

            var read = GeoPackageReader.Read(path, name, options.MaxFeatures);
            var candidate = VectorCandidate.Build(
                read,
                layerReport,
                LayerName(request, name, names.Count > 1),
                request,
                options
            );
            candidates.Add(
                candidate with
                {
                    Report = candidate.Report with { Issues = [.. layerReport.Issues, .. candidate.Report.Issues] },
                }
            );
        }

        return candidates;
    }

    public static ImportCandidate GeoJson(
        string path,
        ImportRequest request,
        ImportReport report,
        ImportOptions options
    )
    {
        var detected = SourceCrsProbe.GeoJson(path);
        var read = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = request.Srid, Layer = request.Layer });
        return Candidate(read, WithDetectedCrs(report, detected), request, options);
    }

    public static ImportCandidate Shapefile(
        string shpPath,
        ImportRequest request,
        ImportReport report,
        ImportOptions options,
        bool several
    )
    {
        var detected = SourceCrsProbe.Shapefile(shpPath);
        var read = ShapefileReader.Read(shpPath, new ShapefileReadOptions { Srid = request.Srid });
        var name = Path.GetFileNameWithoutExtension(shpPath);
        report = WithDetectedCrs(report, detected) with { SourceLayer = name };
        return Candidate(read, report, request, options, several ? name : null);
    }

    /// <summary>A works CSV with x/y: small enough to read whole, so that every row can be checked before it
    /// lands.</summary>
    public static ImportCandidate WerkenPointCsv(
        string path,
        ImportRequest request,
        ImportReport report,
        ImportOptions options
    )
    {
        (var csv, report) = PointCsvInput(path, request, report);
        return Candidate(PointCsvReader.Read(path, csv), report, request, options);
    }

    public static ImportCandidate PointCsv(
        string path,
        ImportRequest request,
        ImportReport report,
        ImportOptions options
    )
    {
        (var csv, report) = PointCsvInput(path, request, report);
        var candidate = PointCsvCandidate.Build(
            path,
            csv,
            report,
            LayerName(request, BaseName(report.Source), false),
            request.Year,
            options,
            request.Progress
        );
        if (
            candidate.Import is null
            && request.XColumn is null
            && candidate.Report.FeaturesRead == 0
            && candidate.Report.Issues.Any(i => i.Kind == IssueKind.MissingField)
        )
        {
            // Neither coordinates nor a code column: say both, since the user may have meant either.
            var hint = new ImportIssue(
                IssueSeverity.Info,
                IssueKind.MissingField,
                "Er is ook geen kolom met CBS-codes (BU/WK/GM) gevonden; een StatLine-tabel met de codes in een rij (getransponeerd) wordt niet ondersteund. Geef anders de codekolom op met --code-column."
            );
            candidate = candidate with
            {
                Report = candidate.Report with { Issues = [.. candidate.Report.Issues, hint] },
            };
        }

        return candidate;
    }

    /// <summary>
    /// The candidate of a layer <paramref name="read"/>: named after the file, or after
    /// <paramref name="severalName"/> when the file gives several layers (as <see cref="LayerName"/> says).
    /// </summary>
    private static ImportCandidate Candidate(
        ReadResult<VectorLayer> read,
        ImportReport report,
        ImportRequest request,
        ImportOptions options,
        string? severalName = null
    ) =>
        VectorCandidate.Build(
            read,
            report,
            LayerName(request, severalName ?? BaseName(report.Source), severalName is not null),
            request,
            options
        );

    /// <summary>The file name without its extensions (.shp.zip counts as one).</summary>
    public static string BaseName(string source)
    {
        var name = Path.GetFileName(source);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>The given name (suffixed with the source layer when one file gives several), else the source's own
    /// name.</summary>
    public static string LayerName(ImportRequest request, string sourceName, bool several) =>
        request.Name is null ? sourceName : several ? $"{request.Name}_{sourceName}" : request.Name;

    /// <summary>How to read a point CSV as the request asks, and the report with the CRS its coordinates
    /// suggest.</summary>
    private static (PointCsvOptions Csv, ImportReport Report) PointCsvInput(
        string path,
        ImportRequest request,
        ImportReport report
    )
    {
        var detected = SourceCrsProbe.PointCsv(path, request.XColumn);
        var csv = new PointCsvOptions
        {
            XColumn = request.XColumn,
            YColumn = request.YColumn,
            Srid = request.Srid,
            Encoding = request.Encoding,
        };
        return (csv, WithDetectedCrs(report, detected));
    }

    // The CRS the file declares is used unless the request named one.
    private static ImportReport WithDetectedCrs(ImportReport report, string? detected) =>
        report with { CrsDetected = detected, CrsUsed = report.CrsUsed ?? detected };
}
