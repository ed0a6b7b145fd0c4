using System.Globalization;
using GeoOpgave.Application.Werken;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.GeoJson;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave werken</c>: writes the planned works of a period per buurt, one row per work and buurt with the
/// length, area share or point count inside the buurt, as CSV or GeoJSON.
/// </summary>
public sealed class WerkenCommand(IAnsiConsole console) : WorkspaceCommand<WerkenSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        WerkenSettings settings,
        CancellationToken cancellationToken
    )
    {
        await services.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(cancellationToken);
        var result = await services
            .GetRequiredService<WerkenService>()
            .PerBuurtAsync(settings.Van, settings.Tot, settings.Year, cancellationToken);
        var layer = WerkenRecords.ToLayer(result);
        var output = Path.GetFullPath(settings.Out!);
        if (settings.IsGeoJson)
        {
            GeoJsonWriter.WriteFile(output, layer);
        }
        else
        {
            var options = (settings.Separator == "," ? CsvWriterOptions.Comma : CsvWriterOptions.Semicolon) with
            {
                Columns = WerkenRecords.PerBuurtColumns,
            };
            await CsvWriter.WriteFileAsync(output, layer, options, cancellationToken);
        }

        var works = result.Rows.Select(r => r.Work.Id).Distinct(StringComparer.Ordinal).Count();
        console.MarkupLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"[green]{result.Rows.Count} regels[/] ({works} werken) geschreven naar {Markup.Escape(output)}."
            )
        );
        return ExitCodes.Success;
    }
}
