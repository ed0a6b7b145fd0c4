using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.IO.Features;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave analyse</c>: scores every buurt with a profile (optionally beside a second profile) and writes the
/// result as GeoJSON, CSV or GeoPackage; with <c>--diagnose</c> it prints the profile's diagnostics.
/// </summary>
public sealed class AnalyseCommand(IAnsiConsole console) : WorkspaceCommand<AnalyseSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        AnalyseSettings settings,
        CancellationToken cancellationToken
    )
    {
        await services.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(cancellationToken);

        if (settings.Out is not null)
        {
            await WriteAsync(services, settings, cancellationToken);
        }

        if (settings.Diagnose)
        {
            var diagnostics = await services.GetRequiredService<AnalysisService>()
                .DiagnoseAsync(new AnalysisRequest(settings.Profiel) { Year = settings.Year }, cancellationToken);
            DiagnosticsPrinter.Write(console, diagnostics);
        }

        return ExitCodes.Success;
    }

    private async Task WriteAsync(
        IServiceProvider services,
        AnalyseSettings settings,
        CancellationToken cancellationToken
    )
    {
        AnalysisResult result;
        VectorLayer layer;
        ScenarioReport? comparison = null;
        if (settings.Compare is { } compare)
        {
            var scenario = await services
                .GetRequiredService<ScenarioService>()
                .CompareAsync(
                    new ScenarioRequest(settings.Profiel, compare) { Year = settings.Year },
                    cancellationToken
                );
            (result, layer, comparison) = (scenario.Baseline, ScenarioLayer.Build(scenario), scenario.Report);
        }
        else
        {
            result = await services.GetRequiredService<AnalysisService>()
                .RunAsync(new AnalysisRequest(settings.Profiel) { Year = settings.Year }, cancellationToken);
            layer = AnalysisLayer.Build(result);
        }

        var output = Path.GetFullPath(settings.Out!);
        // The same QGIS style as `export` writes, so the GeoPackage opens as the overlap map.
        var request = new ExportRequest(settings.Format!.Value, settings.Profiel, Legend: OverlapLegend.Standard);
        var export = new AnalysisExport(request, result, layer);
        await ExportService.WriteFileAsync(export.ToCollectionExport(), output, cancellationToken);
        Report(result, comparison, output);
    }

    private void Report(AnalysisResult result, ScenarioReport? comparison, string output)
    {
        var urgentBuurten = result.Buurten.Count(b => b.Score.Overlap >= 2);
        console.MarkupLine(
            $"[green]{result.Buurten.Count} buurten geanalyseerd[/] met profiel '{Markup.Escape(result.Profile.Id)}' ({result.Year}); "
                + $"{urgentBuurten} met twee of meer urgente opgaven. Geschreven naar {Markup.Escape(output)}."
        );
        if (comparison is not null)
        {
            console.MarkupLine(
                $"Vergeleken met profiel '{Markup.Escape(comparison.Met.Id)}': {comparison.BuurtenWithOtherOverlap} buurten met een andere overlap; "
                    + $"in de top {comparison.TopK} komen {comparison.Entering.Count} buurten erbij en gaan er {comparison.Leaving.Count} uit."
            );
        }
    }
}
