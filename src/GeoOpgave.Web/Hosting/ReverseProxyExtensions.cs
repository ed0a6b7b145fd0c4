using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GeoOpgave.Web.Hosting;

/// <summary>Forwarded headers from the named proxies only, and HSTS on every HTTPS answer.</summary>
public static class ReverseProxyExtensions
{
    /// <summary>Reads <see cref="ReverseProxyOptions"/>; an address or network that does not parse stops the start with
    /// its name.</summary>
    public static IServiceCollection AddGeoOpgaveReverseProxy(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var proxy = new ReverseProxyOptions();
        configuration.GetSection(ReverseProxyOptions.SectionName).Bind(proxy);
        services.AddSingleton(proxy);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(
                    IPAddress.TryParse(address, out var ip)
                        ? ip
                        : throw new InvalidOperationException(
                            $"{ReverseProxyOptions.SectionName}:KnownProxies: '{address}' is geen IP-adres."
                        )
                );
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(
                    System.Net.IPNetwork.TryParse(network, out var parsed)
                        ? parsed
                        : throw new InvalidOperationException(
                            $"{ReverseProxyOptions.SectionName}:KnownNetworks: '{network}' is geen netwerk zoals 10.0.0.0/24."
                        )
                );
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>First in the pipeline: the client's address and scheme as the proxy saw them, then HSTS for
    /// HTTPS.</summary>
    public static WebApplication UseGeoOpgaveReverseProxy(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<ReverseProxyOptions>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        // HSTS is sent on HTTPS answers only (never to localhost), so a plain-HTTP laptop install is not affected.
        app.UseHsts();
        return app;
    }
}
