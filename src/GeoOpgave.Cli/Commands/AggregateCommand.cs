using System.Globalization;
using GeoOpgave.Application.Aggregation;
using GeoOpgave.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave aggregate</c>: aggregates a layer file to the areas of another file and writes a tidy CSV,
/// without a workspace, with the .NET engine or (<c>--engine postgis</c>) its PostGIS twin on temporary
/// tables; rasters always run in .NET. Geometry problems are repaired or skipped and reported as warnings.
/// </summary>
public sealed class AggregateCommand(IAnsiConsole console) : AsyncCommand<AggregateSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        AggregateSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (areas, skipped) = AggregateInputs.ReadAreas(settings);
        var input = AggregateInputs.ReadLayer(settings);
        var postgis = settings.Engine == "postgis" && input.Raster is null;
        if (settings.Engine == "postgis" && !postgis)
        {
            console.MarkupLine("[grey]Een raster wordt altijd in .NET geaggregeerd, ook met --engine postgis.[/]");
        }

        await using var engine = postgis
            ? await AggregationEngines.OpenPostgisAsync(
                AggregationEngines.PostgresConnectionString(CliServices.Configuration(settings.Db)),
                areas,
                cancellationToken
            )
            : AggregationEngines.InProcess(areas, input.Points?.EstimatedCount());
        var (rows, issues) = await AggregateTable.ComputeAsync(settings, areas, input, engine, cancellationToken);
        await AggregateCsvWriter.WriteAsync(settings.Out!, settings.Stats, rows, cancellationToken);

        foreach (var issue in issues.Take(10))
        {
            var where = issue.Key ?? string.Create(CultureInfo.InvariantCulture, $"object {issue.Number}");
            console.MarkupLine(
                $"[yellow]Let op:[/] {Markup.Escape(issue.Source == "areas" ? settings.Areas! : settings.Layer!)}, {Markup.Escape(where)}: {Markup.Escape(issue.Message)}"
            );
        }

        foreach (var area in skipped.Take(20))
        {
            console.MarkupLine($"[yellow]Let op:[/] {Markup.Escape(settings.Areas!)}: {Markup.Escape(area)}");
        }

        if (skipped.Count > 20)
        {
            console.MarkupLine(
                $"[yellow]Let op:[/] {Markup.Escape(settings.Areas!)}: en nog {skipped.Count - 20} gebieden overgeslagen."
            );
        }

        if (input.FieldValues.Sentinels > 0)
        {
            console.MarkupLine(
                $"[yellow]Let op:[/] {Markup.Escape(settings.Layer!)}, veld '{Markup.Escape(settings.Field!)}': "
                    + $"{input.FieldValues.Sentinels} waarden zijn een CBS-code voor onbekend (zoals -99997 of -99995) "
                    + "en tellen als ontbrekend, niet mee in sum, mean, min en max."
            );
        }

        foreach (var warning in input.Points?.Warnings() ?? [])
        {
            console.MarkupLine($"[yellow]Let op:[/] {Markup.Escape(settings.Layer!)}: {Markup.Escape(warning)}");
        }

        // Another gemeente's layer, or areas and layer in different CRSs, gives a table of zeros that looks like a
        // result.
        if (rows.Count > 0 && rows.All(r => r.Values.All(v => v is null or 0)))
        {
            console.MarkupLine(
                $"[yellow]Let op:[/] {Markup.Escape(settings.Layer!)}: alle waarden zijn 0 of onbekend in alle "
                    + $"{areas.Count} gebieden; ligt de laag wel in deze gebieden, en klopt het coördinatenstelsel "
                    + "(--crs)?"
            );
        }

        var engineName = postgis ? "PostGIS" : ".NET";
        console.MarkupLine(
            $"[green]{rows.Count} rijen[/] voor {areas.Count} gebieden ({engineName}) geschreven naar {Markup.Escape(Path.GetFullPath(settings.Out!))}."
        );
        return ExitCodes.Success;
    }
}
