using GeoOpgave.Application;
using GeoOpgave.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave aggregate</c>: aggregates a layer file to the areas of another file with the .NET engine and
/// writes a tidy CSV, without a workspace. Geometry problems are repaired or skipped and reported as warnings.
/// </summary>
public sealed class AggregateCommand(IAnsiConsole console) : Command<AggregateSettings>
{
    public override int Execute(CommandContext context, AggregateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Engine == "postgis")
        {
            throw new GeoOpgaveException("engine-niet-beschikbaar", "De PostGIS-engine is voor aggregate nog niet beschikbaar; gebruik --engine dotnet.");
        }

        var areas = AggregateInputs.ReadAreas(settings);
        var (vector, raster) = AggregateInputs.ReadLayer(settings);
        var (rows, issues) = AggregateTable.Compute(settings, areas, vector, raster);
        AggregateCsvWriter.Write(settings.Out!, settings.Stats, rows);

        foreach (var issue in issues.Take(10))
        {
            var where = issue.Key ?? $"object {issue.Index}";
            console.MarkupLine($"[yellow]Let op:[/] {Markup.Escape(issue.Source == "areas" ? settings.Areas! : settings.Layer!)}, {Markup.Escape(where)}: {Markup.Escape(issue.Message)}");
        }

        console.MarkupLine($"[green]{rows.Count} rijen[/] voor {areas.Count} gebieden geschreven naar {Markup.Escape(Path.GetFullPath(settings.Out!))}.");
        return ExitCodes.Success;
    }
}
