using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Once the server listens: in server mode with no account yet, issues the one-time setup link, prints it on the
/// console and records that in the audit log. Local mode needs no link (the person at the machine is the local user).
/// The link is a secret: it goes to standard output only, never into the log, which is often shipped elsewhere.
/// </summary>
public sealed partial class SetupLinkStartup(
    IHostApplicationLifetime lifetime,
    IServer server,
    IServiceScopeFactory scopes,
    SetupLink link,
    IOptions<SecurityOptions> options,
    ILogger<SetupLinkStartup> logger) : BackgroundService
{
    public const string AuditUser = "systeem";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The bound addresses are only known once the server has started.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (!options.Value.RequireLogin && SecurityMode.ListensOnLoopbackOnly(addresses))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<UserService>().AnyAsync(stoppingToken))
        {
            return;
        }

        var token = link.Issue(TimeSpan.FromMinutes(options.Value.SetupLinkMinutes));
        var url = $"{addresses.FirstOrDefault() ?? "http://localhost"}/account/setup?token={token}";
        var expires = link.Expires ?? DateTimeOffset.MinValue;
        await Console.Out.WriteLineAsync(
            $"Er is nog geen account. Maak de eerste beheerder aan met deze eenmalige link (geldig tot {expires:u}): {url}"
        );
        LogSetupLinkIssued(logger, expires);
        var details = new Dictionary<string, object?> { ["verloopt"] = link.Expires };
        // No request here: the audit actor is the app itself ("systeem"). The link lives in memory, not in the
        // database, so there is no change to share a transaction with and the entry is appended alone.
        await scope
            .ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(AuditActions.SetupLinkIssued, "setuplink", details, stoppingToken);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Er is nog geen account. De eenmalige link voor de eerste beheerder (geldig tot {Expires:u}) staat op de console (standaarduitvoer), niet in dit log."
    )]
    private static partial void LogSetupLinkIssued(ILogger logger, DateTimeOffset expires);
}
