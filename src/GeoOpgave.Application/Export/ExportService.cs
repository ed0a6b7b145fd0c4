using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Selecties;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Files;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;

namespace GeoOpgave.Application.Export;

/// <summary>
/// Exports what the API publishes as GeoJSON (WGS84), CSV (attributes) or GeoPackage (RD New, the buurten with the
/// overlap map's QGIS style): the use case behind <c>/api/exports</c>, the selectie downloads and <c>geoopgave
/// export</c>. Every Prepare method does the work that can fail first, so failures surface before any byte is written.
/// </summary>
public sealed class ExportService(AnalysisService analysis, CollectionCatalog catalog)
{
    /// <summary>The latest analysis of the workspace with the request's profiel.</summary>
    /// <exception cref="GeoOpgaveException">An unknown profiel, an empty workspace or an unsupported CSV
    /// separator.</exception>
    public async Task<AnalysisExport> PrepareAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckSeparator(request.Format, request.Separator);
        var result = await analysis.AnalyseAsync(request.Profiel, cancellationToken);
        return new AnalysisExport(request, result, AnalysisLayer.Build(result));
    }

    /// <summary>One published collection (see <see cref="CollectionCatalog"/>), named like
    /// <c>wijken-2024.csv</c>.</summary>
    /// <exception cref="GeoOpgaveException">
    /// "collectie-onbekend", "parameter-onbekend" (a profiel or year the collection does not take), "jaar-onbekend",
    /// "scheidingsteken-ongeldig", or what the analysis throws for buurten ("profiel-onbekend", "geen-buurten").
    /// </exception>
    public async Task<CollectionExport> PrepareCollectionAsync(
        CollectionExportRequest request,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckSeparator(request.Format, request.Separator);
        var info = await catalog.FindAsync(request.Collection, cancellationToken)
            ?? throw await UnknownCollectionAsync(request.Collection, cancellationToken);
        if (request.Profiel is not null && info.Kind != CollectionKind.Analysis)
        {
            throw new GeoOpgaveException(
                "parameter-onbekend",
                $"De collectie '{info.Id}' heeft geen analyse en dus geen profiel; alleen buurten."
            )
            {
                Parameter = "profiel",
            };
        }

        if (info.Kind == CollectionKind.Analysis)
        {
            var result = await analysis.AnalyseAsync(request.Profiel, cancellationToken, request.Year);
            var export = new AnalysisExport(
                new ExportRequest(request.Format, request.Profiel, request.Separator, request.Legend),
                result,
                AnalysisLayer.Build(result)
            );
            return export.ToCollectionExport();
        }

        var years = await CheckYearAsync(info, request.Year, cancellationToken);
        var data = await catalog.LoadAsync(info, profiel: null, years, cancellationToken);
        var name = data.Years.Count == 1 ? $"{info.Id}-{data.Years[0]}" : info.Id;
        return new CollectionExport(
            request.Format,
            data.Layer,
            $"{name}.{ExportFormats.Extension(request.Format)}",
            request.Separator
        );
    }

    /// <summary>
    /// The buurten of a selectie with their analysis (profiel: <paramref name="profiel"/>, else the selectie's own,
    /// else the default); a buurt belongs to it when its own code or its wijk's code was selected.
    /// </summary>
    /// <exception cref="GeoOpgaveException">"scheidingsteken-ongeldig", "profiel-onbekend" or
    /// "geen-buurten".</exception>
    public async Task<CollectionExport> PrepareSelectieAsync(
        Selectie selectie, string? profiel, ExportFormat format, char separator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selectie);
        CheckSeparator(format, separator);
        var result = await analysis.AnalyseAsync(
            string.IsNullOrWhiteSpace(profiel) ? selectie.ProfielId : profiel,
            cancellationToken
        );
        var codes = selectie.Codes.ToHashSet(StringComparer.Ordinal);
        var buurten = AnalysisLayer.Build(result);
        var features = buurten.Features
            .Where(f => codes.Contains(f.Attributes["buurtcode"] as string ?? string.Empty)
                || codes.Contains(f.Attributes["wijkcode"] as string ?? string.Empty))
            .ToList();
        var layer = new VectorLayer("selectie", buurten.Srid, features);
        var fileName =
            $"selectie-{LayerCollections.Slug(selectie.Name)}-{result.Profile.Id}.{ExportFormats.Extension(format)}";
        return new CollectionExport(format, layer, fileName, separator);
    }

    /// <summary>Writes a prepared analysis export to <paramref name="output"/>, which is left open.</summary>
    public static Task WriteAsync(AnalysisExport export, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        return WriteAsync(export.ToCollectionExport(), output, cancellationToken);
    }

    /// <summary>Writes a prepared export to <paramref name="output"/>, which is left open.</summary>
    public static async Task WriteAsync(CollectionExport export, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(output);
        switch (export.Format)
        {
            case ExportFormat.GeoJson:
                await GeoJsonWriter.WriteAsync(output, export.Layer, cancellationToken);
                break;
            case ExportFormat.Csv:
                var options = export.Separator == ',' ? CsvWriterOptions.Comma : CsvWriterOptions.Semicolon;
                await CsvWriter.WriteAsync(output, export.Layer, options, cancellationToken);
                break;
            default:
                await WriteGeoPackageAsync(export, output, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Writes a prepared export to a file: first beside it under a temporary name, then moved over
    /// <paramref name="path"/>, so a failed run never leaves half a file under the real name.
    /// </summary>
    public static async Task WriteFileAsync(CollectionExport export, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        await AtomicFile.WriteAsync(path, stream => WriteAsync(export, stream, cancellationToken));
    }

    private static void CheckSeparator(ExportFormat format, char separator)
    {
        if (format == ExportFormat.Csv && separator is not (';' or ','))
        {
            throw new GeoOpgaveException(
                "scheidingsteken-ongeldig",
                $"Het scheidingsteken '{separator}' wordt niet ondersteund; kies ';' of ','."
            )
            {
                Parameter = "separator",
            };
        }
    }

    private async Task<YearRange?> CheckYearAsync(
        FeatureCollectionInfo info,
        int? year,
        CancellationToken cancellationToken
    )
    {
        if (year is not { } y)
        {
            return null;
        }

        if (info.Level is null && info.LayerYear is null)
        {
            throw new GeoOpgaveException(
                "parameter-onbekend",
                $"De collectie '{info.Id}' heeft geen jaar; laat het jaar weg."
            )
            {
                Parameter = "year",
            };
        }

        var years = await catalog.YearsAsync(info, cancellationToken);
        return years.Contains(y)
            ? new YearRange(y, y)
            : throw new GeoOpgaveException(
                "jaar-onbekend",
                $"De collectie '{info.Id}' heeft geen gegevens van {y}; wel van {string.Join(", ", years)}."
            );
    }

    private async Task<GeoOpgaveException> UnknownCollectionAsync(string id, CancellationToken cancellationToken)
    {
        var known = (await catalog.ListAsync(cancellationToken)).Select(c => c.Id);
        return new GeoOpgaveException(
            "collectie-onbekend",
            $"De collectie '{id}' bestaat niet. Beschikbaar: {string.Join(", ", known)}."
        );
    }

    // A GeoPackage is an SQLite database and needs a file; it is built in the temp folder and streamed from there.
    private static async Task WriteGeoPackageAsync(
        CollectionExport export,
        Stream output,
        CancellationToken cancellationToken
    )
    {
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-export-{Guid.NewGuid():N}.gpkg");
        try
        {
            GeoPackageWriter.Write(path, [export.Layer]);
            if (export.Style is { } style)
            {
                GeoPackageStyles.Write(path, [style]);
            }

            await using var file = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                64 * 1024,
                useAsync: true
            );
            await file.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
