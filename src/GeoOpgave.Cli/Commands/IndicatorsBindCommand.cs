using System.Globalization;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave indicators bind --layer L ID=EXPR …</c>: fills catalogue indicators from a loaded
/// layer.</summary>
public sealed class IndicatorsBindCommand(IAnsiConsole console) : WorkspaceCommand<IndicatorsBindSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        IndicatorsBindSettings settings,
        CancellationToken cancellationToken
    )
    {
        var service = services.GetRequiredService<IndicatorBindingService>();
        foreach (var binding in settings.Bindings)
        {
            var bound = await service.BindLayerAsync(settings.Layer!, binding, cancellationToken, settings.Mask);
            var what = binding.Contains('=', StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"{bound.Values} bekende waarden")
                : "bereken de waarden met 'geoopgave indicators compute'";
            var within = settings.Mask is { Length: > 0 } mask ? $", binnen masker {mask}" : string.Empty;
            console.MarkupLine(
                $"[green]Gekoppeld[/] {Markup.Escape(binding)} aan laag {Markup.Escape(settings.Layer!)}{Markup.Escape(within)}: {Markup.Escape(what)}."
            );
            foreach (var warning in bound.Warnings)
            {
                console.MarkupLine($"[yellow]Let op:[/] {Markup.Escape(warning)}");
            }
        }

        return ExitCodes.Success;
    }
}
