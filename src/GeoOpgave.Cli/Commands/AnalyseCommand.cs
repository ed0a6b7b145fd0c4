using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.IO.GeoJson;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave analyse</c>: scores every buurt with a profile and writes the result.</summary>
public sealed class AnalyseCommand(IAnsiConsole console) : AsyncCommand<AnalyseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(settings.Profiel, cancellationToken, settings.Year);

        var output = Path.GetFullPath(settings.Out!);
        var temporary = output + ".tmp";
        GeoJsonWriter.WriteFile(temporary, AnalysisLayer.Build(result));
        File.Move(temporary, output, overwrite: true);

        var urgentBuurten = result.Buurten.Count(b => b.Score.Overlap >= 2);
        console.MarkupLine(
            $"[green]{result.Buurten.Count} buurten geanalyseerd[/] met profiel '{Markup.Escape(result.Profile.Id)}' ({result.Year}); " +
            $"{urgentBuurten} met twee of meer urgente opgaven. Geschreven naar {Markup.Escape(output)}.");
        return ExitCodes.Success;
    }
}
