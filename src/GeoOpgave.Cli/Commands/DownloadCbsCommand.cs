using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Import;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave download cbs --gemeente GM0308 [--year 2024 | --years 2022-2024]</c>: downloads the gemeente's wijken
/// en buurten from PDOK (or <c>--source</c>) and imports them as the workspace's areas: the newest year's
/// boundaries, every year's kerncijfers as values of that year. Exit 1 when a download fails, 2 when the data is
/// rejected; nothing changes in either case.
/// </summary>
public sealed class DownloadCbsCommand(IAnsiConsole console) : WorkspaceCommand<DownloadCbsSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        DownloadCbsSettings settings,
        CancellationToken cancellationToken
    )
    {
        var years = settings.ParsedYears();
        var request = new CbsDownloadRequest(years, settings.Gemeente!) { Source = settings.Source };
        var what =
            years.Count == 0 ? "de nieuwste jaren"
            : years.Count == 1 ? $"{years[0]}"
            : $"{years[^1]}–{years[0]}";
        var result = await console
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                // Without years the number of datasets is known only once the newest is found: 1 + the earlier years.
                var steps = 3 * (years.Count == 0 ? 1 + CbsDownloadRequest.EarlierYears : years.Count);
                var task = progress.AddTask(
                    Markup.Escape($"Wijken en buurten {what} van {settings.Gemeente}"),
                    maxValue: steps
                );
                var reporter = new Progress<(int Year, string Collection)>(step =>
                {
                    task.Description = Markup.Escape($"{step.Collection} {step.Year} van {settings.Gemeente} gelezen");
                    task.Increment(1);
                });
                var downloaded = await services.GetRequiredService<CbsDownloadService>()
                    .DownloadAsync(request with { Progress = reporter }, cancellationToken);
                task.Value = task.MaxValue;
                return downloaded;
            });

        foreach (var report in result.Import.Reports)
        {
            ImportReportTable.Write(console, report);
        }

        foreach (var note in result.Notes)
        {
            console.MarkupLine($"[grey]Overgeslagen:[/] {Markup.Escape(note)}");
        }

        if (settings.Report is not null)
        {
            await File.WriteAllTextAsync(
                settings.Report,
                ImportJson.Serialize(result.Import.Reports),
                cancellationToken
            );
        }

        if (result.DownloadFailure is not null)
        {
            console.MarkupLine($"[red]Download mislukt:[/] {Markup.Escape(result.DownloadFailure)}");
            return ExitCodes.Failure;
        }

        if (!result.Import.Imported)
        {
            console.MarkupLine("[red]Import afgewezen:[/] er is niets veranderd.");
            return ExitCodes.InputRejected;
        }

        var read = result.Import.Reports.Sum(r => r.FeaturesImported);
        var landed = string.Join(", ", result.Years);
        console.MarkupLine(
            Markup.Escape(
                $"Geïmporteerd: {read} gebieden van {request.Gemeente} ({landed}); de buurtindeling is die van {result.Years[^1]}."
            )
        );
        return ExitCodes.Success;
    }
}
