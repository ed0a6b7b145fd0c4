using System.Net;
using GeoOpgave.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Decides per request between local mode (no accounts and only loopback addresses bound: the person at the
/// machine is the local user with every role) and server mode (login required).
/// </summary>
public sealed class SecurityMode(IServer server, IDbContextFactory<GeoOpgaveDbContext> contexts, IOptions<SecurityOptions> options)
{
    // Once an account has been seen the host stays in server mode until restart: removing the last account
    // must not silently open the data to anyone who can reach the machine.
    private volatile bool _accountsSeen;

    public async Task<bool> IsLocalAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RequireLogin || _accountsSeen || !ListensOnLoopbackOnly(BoundAddresses()))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            _accountsSeen = true;
            return false;
        }

        return true;
    }

    /// <summary>
    /// True when every address is on loopback (localhost, 127.0.0.0/8, ::1). No addresses at all means an
    /// in-process server (tests), which nobody else can reach.
    /// </summary>
    public static bool ListensOnLoopbackOnly(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.All(IsLoopback);
    }

    private static bool IsLoopback(string address)
    {
        var host = BindingAddress.Parse(address).Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private IEnumerable<string> BoundAddresses() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
}
