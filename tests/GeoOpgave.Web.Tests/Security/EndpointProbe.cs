using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace GeoOpgave.Web.Tests.Security;

/// <summary>One routed endpoint of the app as the authorization matrix sees it: a request to send and the policies it
/// declares.</summary>
internal sealed partial record EndpointProbe(
    string Route,
    string Method,
    string Url,
    bool AllowsAnonymous,
    IReadOnlyList<string> Policies,
    string? DisplayName
)
{
    public bool DeclaresPolicy => AllowsAnonymous || Policies.Count > 0;

    public bool IsApi =>
        Url.StartsWith("/api", StringComparison.Ordinal)
        || Url.StartsWith("/ogc", StringComparison.Ordinal)
        || Url.StartsWith("/tiles", StringComparison.Ordinal)
        || Url.StartsWith("/_blazor", StringComparison.Ordinal);

    public static EndpointProbe From(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var route = endpoint.RoutePattern.RawText ?? string.Empty;
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        var method = methods.Contains("GET") || methods.Count == 0 ? "GET" : methods[0];
        var policies = endpoint
            .Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => a.Policy ?? "(standaard)")
            .Distinct()
            .ToList();
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        return new EndpointProbe(route, method, Fill(route), anonymous, policies, endpoint.DisplayName);
    }

    private static string Fill(string route)
    {
        var url = Parameter()
            .Replace(route, m => m.Groups["name"].Value switch
                {
                    _ when m.Groups["constraint"].Value.Contains("int", StringComparison.Ordinal)
                            || m.Groups["constraint"].Value.Contains("long", StringComparison.Ordinal) => "987654",
                    "format" => "csv",
                    "collection" or "collectionId" => "buurten",
                    "code" => "BU09990000",
                    "WijkCode" => "WK099900",
                    _ => "onbekend",
                });
        return url.StartsWith('/') ? url : "/" + url;
    }

    [GeneratedRegex(@"\{\**(?<name>\w+)(?<constraint>(:[^}?]*)*)\??\}")]
    private static partial Regex Parameter();
}
