using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Archives;

namespace GeoOpgave.Application.Import;

/// <summary>A zipped shapefile: unpacked safely into a temporary folder that is always removed again.</summary>
internal static class ArchiveImport
{
    public static List<ImportCandidate> ZippedShapefile(
        string zipPath,
        ImportRequest request,
        ImportReport report,
        ImportOptions options
    )
    {
        var folder = Path.Combine(options.ResolveTempDirectory(), Guid.NewGuid().ToString("N"));
        try
        {
            var limits = new ZipExtractionLimits
            {
                MaxEntries = options.MaxArchiveEntries,
                MaxUncompressedBytes = options.MaxUncompressedBytes,
            };
            var extracted = SafeZipExtractor.Extract(zipPath, folder, limits);
            if (!extracted.IsSuccess)
            {
                return [new ImportCandidate(report with { Issues = extracted.Issues.ToList() }, null)];
            }

            var shapefiles = extracted
                .Value.Files.Where(f => f.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
                .Where(f =>
                    request.Layer is null
                    || string.Equals(
                        Path.GetFileNameWithoutExtension(f),
                        request.Layer,
                        StringComparison.OrdinalIgnoreCase
                    )
                )
                .ToList();
            if (shapefiles.Count == 0)
            {
                var what = request.Layer is null ? "geen .shp-bestand" : $"geen shapefile '{request.Layer}'";
                return
                [
                    new ImportCandidate(
                        report with
                        {
                            Issues =
                            [
                                ReportIssues.Error(IssueKind.UnsupportedFormat, $"Het zip-bestand bevat {what}."),
                            ],
                        },
                        null
                    ),
                ];
            }

            // The candidates hold their features in memory, so the folder can go before they land.
            return shapefiles
                .Select(shp => ImportSources.Shapefile(shp, request, report, options, shapefiles.Count > 1))
                .ToList();
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
