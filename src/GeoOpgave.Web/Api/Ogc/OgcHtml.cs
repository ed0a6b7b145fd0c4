using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Ogc.Html;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Features;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// The HTML rendering of the OGC API for people in a browser: the same documents and features as the JSON, as plain
/// pages with links (the components in <c>Html/</c>). Chosen by <c>f=html</c> or a browser's <c>Accept: text/html</c>.
/// </summary>
public static class OgcHtml
{
    /// <summary>Whether the request asks for HTML: <c>f=html</c>, or no <c>f</c> and an Accept header that names
    /// text/html.</summary>
    public static bool IsWanted(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.TryGetValue("f", out var f))
        {
            return string.Equals(f.ToString(), "html", StringComparison.Ordinal);
        }

        return request
            .GetTypedHeaders()
            .Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A JSON document (landing page, conformance, collections, a collection) as a page.</summary>
    public static RazorComponentResult Document(string title, JsonObject document) =>
        new RazorComponentResult<OgcDocumentPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(OgcDocumentPage.Title)] = title,
            [nameof(OgcDocumentPage.Document)] = document,
        });

    /// <summary>Features as a table of their properties, with the page's links (next, prev, collection).</summary>
    public static RazorComponentResult Features(
        FeatureCollectionInfo info,
        IReadOnlyList<IFeature> features,
        JsonArray links,
        string itemUrlPrefix
    ) =>
        new RazorComponentResult<OgcFeaturesPage>(
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [nameof(OgcFeaturesPage.Info)] = info,
                [nameof(OgcFeaturesPage.Features)] = features,
                [nameof(OgcFeaturesPage.Links)] = links,
                [nameof(OgcFeaturesPage.ItemUrlPrefix)] = itemUrlPrefix,
            }
        );

    /// <summary>The OpenAPI document as a reference of every path and its parameters.</summary>
    public static RazorComponentResult ApiReference(JsonObject openApi) =>
        new RazorComponentResult<OgcApiReferencePage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(OgcApiReferencePage.OpenApi)] = openApi,
        });
}
