using System.Globalization;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave export</c>: writes one published collection (buurten with analysis, wijken, gemeenten, an imported
/// layer or the selecties) as GeoJSON, CSV or GeoPackage with the exporters of the API, and records it in the audit
/// log as the OS user. Exit 2 for an unknown collection, profiel or year.
/// </summary>
public sealed class ExportCommand(IAnsiConsole console) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        ExportSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(cancellationToken);

        var catalog = ActivatorUtilities.CreateInstance<CollectionCatalog>(provider);
        var exports = new ExportService(provider.GetRequiredService<AnalysisService>(), catalog);
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
        await provider
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
