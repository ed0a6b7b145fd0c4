namespace GeoOpgave.Web.Hosting;

/// <summary>
/// Where the host listens when nobody says: loopback port 5080, so a first run is never reachable from the network.
/// The standard ASP.NET Core ways to choose (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>,
/// <c>ASPNETCORE_HTTPS_PORTS</c>, <c>Kestrel:Endpoints</c>) win; appsettings.json sets no address for that reason.
/// </summary>
public static class ListenAddress
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless <see cref="IsConfigured"/>.</summary>
    public static WebApplicationBuilder UseGeoOpgaveDefaultAddress(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    /// <summary>True when the configuration names an address, a port or a Kestrel endpoint.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }
}
