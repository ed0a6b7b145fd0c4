using System.Globalization;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave export</c>: writes one published collection (buurten with analysis, wijken, gemeenten, an imported
/// layer or the selecties) as GeoJSON, CSV or GeoPackage with the exporters of the API, and records it in the audit
/// log as the OS user. Exit 2 for an unknown collection, profiel or year.
/// </summary>
public sealed class ExportCommand(IAnsiConsole console) : WorkspaceCommand<ExportSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        ExportSettings settings,
        CancellationToken cancellationToken
    )
    {
        await services.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(cancellationToken);

        var catalog = ActivatorUtilities.CreateInstance<CollectionCatalog>(services);
        var exports = new ExportService(services.GetRequiredService<AnalysisService>(), catalog);
        var request = new CollectionExportRequest(
            settings.Collection!,
            settings.Format!.Value,
            settings.Profiel,
            settings.Year,
            settings.SeparatorChar,
            OverlapLegend.Standard
        );
        var export = await exports.PrepareCollectionAsync(request, cancellationToken);
        var output = Path.GetFullPath(settings.Out!);
        await ExportService.WriteFileAsync(export, output, cancellationToken);

        var details = new Dictionary<string, object?>
        {
            ["profiel"] = settings.Profiel, ["jaar"] = settings.Year, ["bestand"] = Path.GetFileName(output),
        };
        // The export wrote a file, not the database: its entry has no change to share a transaction with and is
        // appended alone.
        await services
            .GetRequiredService<AuditLog>()
            .RecordAsync(
                AuditActions.Exported,
                $"{settings.Collection}.{ExportFormats.Extension(export.Format)}",
                details,
                cancellationToken
            );
        var count = export.Layer.Features.Count.ToString(CultureInfo.InvariantCulture);
        console.MarkupLine(
            $"[green]{count} features[/] van '{Markup.Escape(settings.Collection!)}' geschreven naar {Markup.Escape(output)}."
        );
        return ExitCodes.Success;
    }
}
