namespace GeoOpgave.Web.Security;

/// <summary>Which requests are API calls (answered with problem+json) rather than pages (answered with a
/// redirect).</summary>
internal static class ApiPaths
{
    private static readonly string[] Prefixes = ["/api", "/ogc", "/tiles", "/_blazor"];

    public static bool IsApi(PathString path) =>
        Prefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
