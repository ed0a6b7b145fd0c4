using System.Globalization;
using GeoOpgave.Application.Audit;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave audit verify</c>: recomputes the audit log's hash chain. Exit 0 when every row matches, 3 when a row
/// was changed or removed outside the application, naming the first such row.
/// </summary>
public sealed class AuditVerifyCommand(IAnsiConsole console) : WorkspaceCommand<WorkspaceSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        var result = await services.GetRequiredService<AuditLog>().VerifyAsync(cancellationToken);
        var unchained =
            result.Unchained > 0
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $" ({result.Unchained} oudere regels zijn van voor de hashketen en kunnen niet worden gecontroleerd)"
                )
                : string.Empty;
        if (result.Intact)
        {
            console.MarkupLine(
                Markup.Escape(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Het auditlogboek is intact: {result.Rows} regels gecontroleerd{unchained}."
                    )
                )
            );
            return ExitCodes.Success;
        }

        console.MarkupLine(
            "[red]Het auditlogboek is aangetast:[/] "
                + Markup.Escape(
                    string.Create(CultureInfo.InvariantCulture, $"regel {result.BrokenAt}: {result.Reason}.")
                )
        );
        return ExitCodes.Tampered;
    }
}
