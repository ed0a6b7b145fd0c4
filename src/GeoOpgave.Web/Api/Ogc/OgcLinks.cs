using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>Absolute links of the OGC API, built from the request's scheme, host and path base.</summary>
public sealed class OgcLinks(HttpRequest request)
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

    /// <summary>The application's root, e.g. http://127.0.0.1:5000 (no trailing slash).</summary>
    public string ServerRoot { get; } = $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The API root, e.g. http://127.0.0.1:5000/ogc (no trailing slash).</summary>
    public string Root => ServerRoot + "/ogc";

    /// <summary>The absolute URL of a path below the root (e.g. "/collections"), with an optional query.</summary>
    public string Url(string path, IEnumerable<KeyValuePair<string, string?>>? query = null)
    {
        var builder = new QueryBuilder();
        foreach (var (key, value) in query ?? [])
        {
            if (value is not null)
            {
                builder.Add(key, value);
            }
        }

        return Root + path + builder.ToQueryString();
    }

    /// <summary>The current request's query with some parameters replaced (null removes one).</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryWith(params (string Key, string? Value)[] replacements)
    {
        var replaced = replacements.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        foreach (var (key, value) in request.Query.Where(q => !replaced.ContainsKey(q.Key)))
        {
            yield return new(key, value.ToString());
        }

        foreach (var (key, value) in replaced)
        {
            yield return new(key, value);
        }
    }

    /// <summary>A link object as OGC API Common defines it.</summary>
    public static JsonObject Link(string href, string rel, string type, string? title = null)
    {
        var link = new JsonObject { ["href"] = href, ["rel"] = rel, ["type"] = type };
        if (title is not null)
        {
            link["title"] = title;
        }

        return link;
    }
}
