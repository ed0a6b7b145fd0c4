using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;
using NetTopologySuite.Features;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// The HTML rendering of the OGC API for people in a browser: the same documents and features as the JSON, as plain
/// pages with links. Chosen by <c>f=html</c> or a browser's <c>Accept: text/html</c>.
/// </summary>
public static class OgcHtml
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Whether the request asks for HTML: <c>f=html</c>, or no <c>f</c> and an Accept header that names text/html.</summary>
    public static bool IsWanted(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.TryGetValue("f", out var f))
        {
            return string.Equals(f.ToString(), "html", StringComparison.Ordinal);
        }

        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A JSON document (landing page, conformance, collections, a collection) as a page.</summary>
    public static string Document(string title, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = new StringBuilder();
        if (document["description"] is JsonValue description)
        {
            body.Append("<p>").Append(Encode(description.ToString())).Append("</p>");
        }

        AppendLinks(body, document["links"] as JsonArray);
        foreach (var collection in (document["collections"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            body.Append("<h2>").Append(Encode(collection["title"]?.ToString() ?? string.Empty)).Append("</h2>");
            body.Append("<p>").Append(Encode(collection["description"]?.ToString() ?? string.Empty)).Append("</p>");
            AppendLinks(body, collection["links"] as JsonArray);
        }

        foreach (var conformance in (document["conformsTo"] as JsonArray)?.Select(c => c?.ToString()) ?? [])
        {
            body.Append("<li>").Append(Encode(conformance ?? string.Empty)).Append("</li>");
        }

        return Page(title, body.ToString());
    }

    /// <summary>Features as a table of their properties, with the page's links (next, prev, collection).</summary>
    public static string Features(FeatureCollectionInfo info, IEnumerable<IFeature> features, JsonArray links, string itemUrlPrefix)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(features);
        var list = features.ToList();
        var columns = list.SelectMany(f => f.Attributes?.GetNames() ?? []).Distinct(StringComparer.Ordinal).ToList();
        var body = new StringBuilder();
        AppendLinks(body, links);
        body.Append("<table><thead><tr>");
        foreach (var column in columns)
        {
            body.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        body.Append("</tr></thead><tbody>");
        foreach (var feature in list)
        {
            body.Append("<tr>");
            foreach (var column in columns)
            {
                var text = FeatureFilter.Text(feature.Attributes?.GetOptionalValue(column));
                var cell = column == info.IdAttribute
                    ? $"<a href=\"{Encode(itemUrlPrefix + Uri.EscapeDataString(text))}?f=html\">{Encode(text)}</a>"
                    : Encode(text);
                body.Append("<td>").Append(cell).Append("</td>");
            }

            body.Append("</tr>");
        }

        body.Append("</tbody></table>");
        return Page(info.Title, body.ToString());
    }

    private static void AppendLinks(StringBuilder body, JsonArray? links)
    {
        var items = links?.OfType<JsonObject>().ToList() ?? [];
        if (items.Count == 0)
        {
            return;
        }

        body.Append("<ul>");
        foreach (var link in items)
        {
            var href = link["href"]?.ToString() ?? string.Empty;
            var rel = link["rel"]?.ToString() ?? string.Empty;
            var label = link["title"]?.ToString() ?? rel;
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Encode(href)}\">{Encode(label)}</a> <small>({Encode(rel)})</small></li>");
        }

        body.Append("</ul>");
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{Encode(title)} – GeoOpgave</title></head>"
        + $"<body><header><a href=\"/ogc?f=html\">GeoOpgave OGC API</a></header><main><h1>{Encode(title)}</h1>{body}</main></body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
