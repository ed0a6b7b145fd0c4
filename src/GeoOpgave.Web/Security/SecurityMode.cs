using System.Net;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Decides per request between local mode and server mode (login required). Local mode needs a local-mode host
/// (no accounts, <see cref="SecurityOptions.RequireLogin"/> off, only loopback addresses bound) and a request that is
/// provably from this machine: a loopback remote address, a loopback Host and no proxy headers. On a local-mode
/// host a Host name that is not loopback is refused, so a web page cannot reach the app by DNS rebinding. A named
/// reverse proxy (<see cref="Hosting.ReverseProxyOptions"/>) says the app serves others: never a local-mode host.
/// </summary>
public sealed class SecurityMode(
    IServer server,
    AccountPresence accounts,
    IOptions<SecurityOptions> options,
    Hosting.ReverseProxyOptions proxy
)
{
    // A reverse proxy, or UseForwardedHeaders after it, leaves one of these on the request.
    private static readonly string[] ProxyHeaders =
    [
        "Forwarded",
        "Via",
        "X-Original-For",
        "X-Original-Host",
        "X-Original-Proto",
    ];

    public async Task<RequestMode> DecideAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (
            options.Value.RequireLogin
            || proxy.Enabled
            || !ListensOnLoopbackOnly(BoundAddresses())
            || await accounts.AnyAsync(context.RequestAborted)
        )
        {
            return RequestMode.Server;
        }

        if (!IsLoopbackHost(context.Request.Host.Host))
        {
            return RequestMode.ForeignHost;
        }

        return IsFromThisMachine(context) ? RequestMode.Local : RequestMode.Server;
    }

    /// <summary>
    /// True when every address is on loopback (localhost, 127.0.0.0/8, ::1). No addresses at all means an
    /// in-process server (tests), which nobody else can reach.
    /// </summary>
    public static bool ListensOnLoopbackOnly(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.All(a => IsLoopbackHost(BindingAddress.Parse(a).Host));
    }

    /// <summary>True for localhost and loopback IP addresses, with or without IPv6 brackets.</summary>
    public static bool IsLoopbackHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim('[', ']');
        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>
    /// The connection comes from loopback and no proxy passed the request on. Only a connection without an IP has no
    /// remote address: the in-process test server, or a Unix socket or named pipe, which local mode never binds
    /// (<see cref="ListensOnLoopbackOnly"/>).
    /// </summary>
    public static bool IsFromThisMachine(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress;
        var loopback = remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
        var headers = context.Request.Headers;
        return loopback
            && !ProxyHeaders.Any(headers.ContainsKey)
            && !headers.Keys.Any(k => k.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<string> BoundAddresses() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
}
