using GeoOpgave.Application.Import;
using GeoOpgave.Application.Werken;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.IO.Csv;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave import PATH</c>: imports a file as a layer (or, with --as-areas, a CBS wijk- en buurtkaart as the
/// workspace's areas) and prints the report; exit 2 when it was rejected.
/// </summary>
public sealed class ImportCommand(IAnsiConsole console) : WorkspaceCommand<ImportSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        ImportSettings settings,
        CancellationToken cancellationToken
    )
    {
        var request = new ImportRequest(Path.GetFullPath(settings.Path))
        {
            Name = settings.Name,
            Layer = settings.Layer,
            Srid = settings.Srid,
            Year = settings.Year,
            CodeColumn = settings.CodeColumn,
            Indicators = settings.Indicators,
            XColumn = settings.X,
            YColumn = settings.Y,
            Encoding = settings.Encoding is null ? null : CsvEncoding.FromName(settings.Encoding),
            Werken = settings.AsWerken ? Werken(settings) : null,
        };
        var result = await ImportProgressBar.RunAsync(
            console,
            $"Importeren van {Path.GetFileName(settings.Path)}",
            progress =>
                settings.AsAreas
                    ? services
                        .GetRequiredService<AreaImportService>()
                        .ImportAsync(
                            [new AreaKaart(request.Path, settings.Year, null) { Gemeenten = settings.GemeenteCodes }],
                            cancellationToken
                        )
                    : services
                        .GetRequiredService<ImportService>()
                        .ImportAsync(request with { Progress = progress }, cancellationToken)
        );

        foreach (var report in result.Reports)
        {
            ImportReportTable.Write(console, report);
        }

        if (settings.Report is not null)
        {
            await File.WriteAllTextAsync(settings.Report, ImportJson.Serialize(result.Reports), cancellationToken);
        }

        if (!result.Imported)
        {
            console.MarkupLine("[red]Import afgewezen:[/] er is niets veranderd.");
            return ExitCodes.InputRejected;
        }

        var landed = settings.AsAreas
            ? $"gebieden ({result.Reports[0].FeaturesImported})"
            : string.Join(", ", result.Layers.Select(l => $"{l.Name} ({l.FeatureCount})"));
        console.MarkupLine($"[green]Geïmporteerd:[/] {Markup.Escape(landed)}.");
        return ExitCodes.Success;
    }

    private static WerkenFields Werken(ImportSettings settings) => new()
    {
        TypeField = settings.TypeField,
        StartField = settings.StartField,
        EndField = settings.EndField,
        OwnerField = settings.OwnerField,
        StatusField = settings.StatusField,
        NameField = settings.NameField,
        Type = settings.Type,
        Profiel = settings.Profiel,
    };
}
