namespace GeoOpgave.Web.Hosting;

/// <summary>
/// Settings under <c>GeoOpgave:ReverseProxy</c>: the proxies (nginx, IIS, a tunnel) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the app believes. Without any, forwarded headers are ignored (and, being proxy headers,
/// they end local mode: see <see cref="Security.SecurityMode"/>).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "GeoOpgave:ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. "127.0.0.1" for nginx on the same machine.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>True when at least one proxy or network is named.</summary>
    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
