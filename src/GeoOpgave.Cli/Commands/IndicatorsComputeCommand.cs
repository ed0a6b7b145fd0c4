using GeoOpgave.Application.Indicators;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave indicators compute</c>: derives the indicators the profiel's catalogue defines from the stored
/// layers and stores them per buurt with their provenance.
/// </summary>
public sealed class IndicatorsComputeCommand(IAnsiConsole console) : WorkspaceCommand<IndicatorsComputeSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        IndicatorsComputeSettings settings,
        CancellationToken cancellationToken
    )
    {
        var service = services.GetRequiredService<IndicatorComputeService>();
        var engine = settings.Engine switch
        {
            "postgis" => IndicatorEngine.Postgis,
            "dotnet" => IndicatorEngine.Dotnet,
            _ => service.DefaultEngine,
        };
        var request = new IndicatorComputeRequest(settings.Profiel, engine, settings.Year)
        {
            IndicatorIds = settings.Indicators,
        };
        var results = await service.ComputeAsync(request, cancellationToken);
        if (results.Count == 0)
        {
            console.MarkupLine(
                "Het profiel definieert geen indicatoren uit lagen (\"definition\" in de indicatorcatalogus)."
            );
            return ExitCodes.Success;
        }

        foreach (var result in results)
        {
            var line = result.Skipped is { } reason
                ? $"[yellow]Overgeslagen[/] {Markup.Escape(result.IndicatorId)}: {Markup.Escape(reason)}"
                : $"[green]{Markup.Escape(result.IndicatorId)}[/] {result.Year}: {result.Known} van {result.Buurten} buurten bekend — {Markup.Escape(result.Method)}";
            console.MarkupLine(line);
            if (result.Hint is { } hint)
            {
                console.MarkupLine($"  [yellow]Let op:[/] {Markup.Escape(hint)}");
            }

            foreach (var warning in result.Warnings.Take(5))
            {
                console.MarkupLine($"  [yellow]Let op:[/] {Markup.Escape(warning)}");
            }
        }

        var engineName = IndicatorComputeService.EngineName(engine);
        console.MarkupLine(
            $"{results.Count(r => r.Skipped is null)} indicator(en) berekend met {engineName} en opgeslagen met herkomst."
        );
        return ExitCodes.Success;
    }
}
