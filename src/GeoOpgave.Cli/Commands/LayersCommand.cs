using System.Globalization;
using GeoOpgave.Application.Layers;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave layers</c>: lists the imported layers.</summary>
public sealed class LayersCommand(IAnsiConsole console) : WorkspaceCommand<WorkspaceSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        var layers = await services.GetRequiredService<LayerService>().ListAsync(cancellationToken);
        if (layers.Count == 0)
        {
            console.MarkupLine("Er zijn nog geen lagen geïmporteerd. Gebruik [blue]geoopgave import PAD[/].");
            return ExitCodes.Success;
        }

        var table = new Table()
            .AddColumn("Id")
            // The name is what `layers delete` and `--layer` take, so it is copied: the other columns give way.
            .AddColumn(new TableColumn("Naam").NoWrap())
            .AddColumn("Soort")
            .AddColumn("Geometrie")
            .AddColumn(new TableColumn("Objecten").RightAligned())
            .AddColumn("Jaar")
            .AddColumn("Bron")
            .AddColumn("Geïmporteerd");
        foreach (var layer in layers)
        {
            table.AddRow(
                layer.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(layer.Name),
                layer.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(layer.GeometryType ?? "-"),
                layer.FeatureCount.ToString(CultureInfo.InvariantCulture),
                layer.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(layer.SourceFile),
                layer.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return ExitCodes.Success;
    }
}
