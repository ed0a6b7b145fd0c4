using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Werken;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Imports a file as one or more layers: detects the format from the extension, reads it with the IO readers,
/// writes a report, and lands everything in one transaction only when every layer read without errors, with an audit
/// entry per layer in the same transaction, so that every route (upload, API, CLI, the demo) leaves the same entries.
/// A rejected import changes nothing and leaves no temporary files.
/// </summary>
public sealed class ImportService(
    LayerStore layers,
    WorkspaceStore workspace,
    IOptions<ImportOptions> options,
    ImportGate gate,
    ProfileCatalog profiles,
    AuditLog audit
)
{
    /// <exception cref="GeoOpgaveException">Another import of this workspace is running
    /// (<see cref="ImportGate.BusyCode"/>).</exception>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var slot = gate.Enter();
        var source = Path.GetFileName(request.SourceName ?? request.Path);
        var format = ImportFormats.Detect(source);
        var report = new ImportReport
        {
            Source = source,
            Format = format.ToString(),
            CrsUsed = request.Srid is { } srid ? SourceCrsProbe.Epsg(srid) : null,
        };
        if (Precheck(request.Path, format, options.Value) is { } problem)
        {
            return ImportResult.Rejected(report with { Issues = [problem] });
        }

        if (request.Werken is { } werken)
        {
            var soorten = profiles.Get(werken.Profiel).Werksoorten;
            if (soorten.Count == 0 || format is ImportFormat.GeoTiff or ImportFormat.Esdl)
            {
                return ImportResult.Rejected(
                    report with
                    {
                        Issues =
                        [
                            ReportIssues.Error(
                                IssueKind.NoWerksoorten,
                                format is ImportFormat.GeoTiff or ImportFormat.Esdl
                                    ? "Een raster of ESDL-bestand kan geen geplande werken bevatten; gebruik lijnen, vlakken, punten of een CSV."
                                    : "Het profiel heeft geen werksoorten (\"werksoorten\" in de profiel-JSON); zonder die lijst zijn geen werken te importeren."
                            ),
                        ],
                    }
                );
            }

            request = request with { WerkenCatalogue = new WerksoortCatalogue(soorten) };
        }

        await workspace.MigrateAsync(cancellationToken);
        var candidates = await LayerPlacementWarnings.AddAsync(
            await ReadAsync(request, format, report, cancellationToken),
            workspace,
            cancellationToken
        );
        return await LandAsync(candidates, source, cancellationToken);
    }

    private async Task<List<ImportCandidate>> ReadAsync(
        ImportRequest request,
        ImportFormat format,
        ImportReport report,
        CancellationToken cancellationToken
    )
    {
        var path = request.Path;
        var settings = options.Value;
        return format switch
        {
            ImportFormat.GeoPackage => ImportSources.GeoPackage(path, request, report, settings),
            ImportFormat.GeoJson => [ImportSources.GeoJson(path, request, report, settings)],
            ImportFormat.Shapefile => [ImportSources.Shapefile(path, request, report, settings, several: false)],
            ImportFormat.ZippedShapefile => ArchiveImport.ZippedShapefile(path, request, report, settings),
            ImportFormat.GeoTiff => [RasterCandidate.Build(path, request, report, settings)],
            ImportFormat.Csv when request.Werken is not null && IsCodeTable(request) =>
            [
                await WerkenCodeCsv.BuildAsync(path, request, report, settings, workspace, cancellationToken),
            ],
            ImportFormat.Csv when request.Werken is not null =>
            [
                ImportSources.WerkenPointCsv(path, request, report, settings),
            ],
            ImportFormat.Esdl => [await TableAsync()],
            ImportFormat.Csv when IsCodeTable(request) => [await TableAsync()],
            ImportFormat.Csv => [ImportSources.PointCsv(path, request, report, settings)],
            _ => throw new ArgumentOutOfRangeException(
                nameof(format),
                format,
                "Precheck lets only known formats through."
            ),
        };

        Task<ImportCandidate> TableAsync() => TableCandidate.BuildAsync(
            path,
            request,
            report,
            format,
            profiles,
            workspace,
            cancellationToken
        );
    }

    private async Task<ImportResult> LandAsync(
        List<ImportCandidate> candidates,
        string source,
        CancellationToken cancellationToken
    )
    {
        var reports = new List<ImportReport>();
        // Names that differ only in case would share one OGC collection id (laag-<name in lower case>).
        var taken = (await layers.ListLayersAsync(cancellationToken))
            .Select(l => l.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            var report = candidate.Report;
            if (
                candidate.Import is { } import
                && (!seen.Add(import.Layer.Name) || taken.Contains(import.Layer.Name))
            )
            {
                var existing = taken.TryGetValue(import.Layer.Name, out var name) ? name : import.Layer.Name;
                report = report with
                {
                    Issues =
                    [
                        .. report.Issues,
                        ReportIssues.Error(
                            IssueKind.LayerExists,
                            $"Er bestaat al een laag '{existing}'; kies een andere naam (--name) of verwijder die laag eerst."
                        ),
                    ],
                };
            }

            reports.Add(report);
        }

        if (reports.Any(r => r.HasErrors) || candidates.Any(c => c.Import is null))
        {
            return new ImportResult(false, reports, []);
        }

        try
        {
            var stored = await audit.ChangeAsync(
                ct => layers.AddLayersAsync(candidates.Select(c => c.Import!).ToList(), ct),
                added =>
                    added.Select(l => new AuditRecord(
                        AuditActions.LayerImported,
                        l.Name,
                        new Dictionary<string, object?> { ["id"] = l.Id, ["bron"] = source }
                    )),
                cancellationToken
            );
            return new ImportResult(
                true,
                Final(candidates, reports).Select(r => r with { Imported = true }).ToList(),
                stored
            );
        }
        catch (ImportRejectedException)
        {
            return new ImportResult(false, Final(candidates, reports), []);
        }
    }

    // A candidate read in the same pass that landed it knows its report only now.
    private static List<ImportReport> Final(List<ImportCandidate> candidates, List<ImportReport> reports) =>
        candidates.Select((c, i) => c.FinalReport?.Invoke() ?? reports[i]).ToList();

    private static bool IsCodeTable(ImportRequest request) =>
        request.CodeColumn is not null
        || (request.XColumn is null && request.YColumn is null && CodeTables.LooksLikeCodeTable(request.Path));

    private static ImportIssue? Precheck(string path, ImportFormat format, ImportOptions options)
    {
        if (!File.Exists(path))
        {
            return ReportIssues.Error(IssueKind.FileNotFound, $"Het bestand '{path}' bestaat niet.");
        }

        if (format == ImportFormat.Unknown)
        {
            return ReportIssues.Error(
                IssueKind.UnsupportedFormat,
                $"Onbekend bestandstype '{Path.GetExtension(path)}'; gebruik .gpkg, .geojson/.json, .shp, .zip (shapefile), .csv, .tif/.tiff of .esdl."
            );
        }

        var length = new FileInfo(path).Length;
        return length > options.MaxUploadBytes
            ? ReportIssues.Error(
                IssueKind.TooLarge,
                $"Het bestand is {length} bytes; toegestaan is {options.MaxUploadBytes} bytes (instelling Import:MaxUploadBytes)."
            )
            : null;
    }
}
