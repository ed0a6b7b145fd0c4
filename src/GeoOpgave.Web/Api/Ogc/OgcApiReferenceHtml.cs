using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The browsable API reference: the OpenAPI document as a page with every path and its parameters.</summary>
public static class OgcApiReferenceHtml
{
    public static string Render(JsonObject openApi)
    {
        ArgumentNullException.ThrowIfNull(openApi);
        var server = openApi["servers"]?[0]?["url"]?.ToString() ?? string.Empty;
        var parameters = openApi["components"]?["parameters"] as JsonObject;
        var body = new StringBuilder();
        body.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>API-referentie – GeoOpgave</title></head><body>");
        body.Append("<h1>GeoOpgave OGC API Features – referentie</h1>");
        body.Append("<p>Basisadres: <code>").Append(Encode(server)).Append("</code>. Fouten zijn <code>application/problem+json</code> met een vaste <code>code</code> en, bij een ongeldige parameter, <code>parameter</code>.</p>");
        foreach (var (path, item) in (openApi["paths"] as JsonObject) ?? [])
        {
            var get = item?["get"];
            body.Append("<h2><code>GET ").Append(Encode(path)).Append("</code></h2>");
            body.Append("<p>").Append(Encode(get?["summary"]?.ToString() ?? string.Empty)).Append("</p>");
            var rows = (get?["parameters"] as JsonArray)?.Select(p => Resolve(p, parameters)).OfType<JsonObject>().ToList() ?? [];
            if (rows.Count == 0)
            {
                continue;
            }

            body.Append("<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>beschrijving</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                body.Append("<tr><td><code>").Append(Encode(row["name"]?.ToString() ?? string.Empty)).Append("</code></td>")
                    .Append("<td>").Append(Encode(row["in"]?.ToString() ?? string.Empty)).Append("</td>")
                    .Append("<td>").Append(Encode(row["schema"]?["type"]?.ToString() ?? string.Empty)).Append("</td>")
                    .Append("<td>").Append(Encode(row["description"]?.ToString() ?? string.Empty)).Append("</td></tr>");
            }

            body.Append("</tbody></table>");
        }

        return body.Append("</body></html>").ToString();
    }

    private static JsonNode? Resolve(JsonNode? parameter, JsonObject? components)
    {
        var reference = parameter?["$ref"]?.ToString();
        return reference is null ? parameter : components?[reference.Split('/')[^1]];
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
