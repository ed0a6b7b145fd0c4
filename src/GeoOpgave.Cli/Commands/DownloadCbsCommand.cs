using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Import;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave download cbs --year 2024 --gemeente GM0308</c>: downloads the gemeente's wijken en buurten from
/// PDOK (or <c>--source</c>) and imports them as the workspace's areas. Exit 1 when the download fails, 2 when
/// the data is rejected; nothing changes in either case.
/// </summary>
public sealed class DownloadCbsCommand(IAnsiConsole console) : AsyncCommand<DownloadCbsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DownloadCbsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        var request = new CbsDownloadRequest(settings.Year!.Value, settings.Gemeente!)
        {
            Source = settings.Source is null ? null : new Uri(settings.Source),
        };
        var result = await console.Status().StartAsync(
            Markup.Escape($"Downloaden van wijken en buurten {request.Year} van {request.ResolveSource()}…"),
            _ => scope.ServiceProvider.GetRequiredService<CbsDownloadService>().DownloadAsync(request, cancellationToken));

        foreach (var report in result.Import.Reports)
        {
            ImportReportTable.Write(console, report);
        }

        if (settings.Report is not null)
        {
            await File.WriteAllTextAsync(settings.Report, ImportJson.Serialize(result.Import.Reports), cancellationToken);
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

        var read = result.Import.Reports[0].FeaturesImported;
        var details = new Dictionary<string, object?> { ["bron"] = request.ResolveSource().ToString(), ["jaar"] = request.Year, ["gebieden"] = read };
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(AuditActions.AreasImported, $"cbs {request.Gemeente} {request.Year}", details, cancellationToken);
        console.MarkupLine($"[green]Geïmporteerd:[/] {read} gebieden van {Markup.Escape(request.Gemeente)} ({request.Year}).");
        return ExitCodes.Success;
    }
}
