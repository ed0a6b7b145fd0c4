using System.Globalization;
using GeoOpgave.Application.Werken;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Api.Ogc;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The planned works (<c>GET /api/werken</c>) as GeoJSON in WGS84 with werk_id, soort, naam, start, eind, eigenaar and
/// status. Bad parameters are 400 problem+json with code <c>bbox-ongeldig</c> or <c>parameter-buiten-bereik</c>.
/// </summary>
public static class WerkenEndpoints
{
    public static IEndpointRouteBuilder MapWerken(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/werken", GetWerkenAsync).WithTags("Werken").RequireAuthorization(Policies.Lezen)
            .Describe(
                "GetWerken",
                "De geplande werken als GeoJSON (WGS84); bbox=west,zuid,oost,noord (graden) en van/tot (jaren) filteren op plaats en periode.",
                StatusCodes.Status400BadRequest
            );
        return app;
    }

    /// <summary>The works that meet <paramref name="bbox"/> (WGS84) and whose period overlaps
    /// <paramref name="van"/>–<paramref name="tot"/>.</summary>
    public static async Task<Results<GeoJsonHttpResult, ProblemHttpResult>> GetWerkenAsync(
        string? bbox, string? van, string? tot, WerkenService werken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werken);
        NetTopologySuite.Geometries.Envelope? box = null;
        if (!string.IsNullOrWhiteSpace(bbox))
        {
            var (shape, error) = OgcBbox.Parse(bbox, OgcCrs.Crs84);
            if (shape is null)
            {
                return Problems.BadParameter("bbox-ongeldig", "bbox", error!);
            }

            box = shape.EnvelopeInternal;
        }

        var from = Year(van, "van");
        var to = Year(tot, "tot");
        if ((from.Problem ?? to.Problem) is { } problem)
        {
            return problem;
        }

        if (from.Value is { } f && to.Value is { } t && t < f)
        {
            return Problems.BadParameter("parameter-buiten-bereik", "tot", $"tot ({t}) ligt voor van ({f}).");
        }

        var works = await werken.ListAsync(from.Value, to.Value, box, cancellationToken);
        return new GeoJsonHttpResult(WerkenRecords.ToLayer(works));
    }

    private static (int? Value, ProblemHttpResult? Problem) Year(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100
            ? (year, null)
            : (
                null,
                Problems.BadParameter(
                    "parameter-buiten-bereik",
                    parameter,
                    $"{parameter} moet een jaartal van 1900 tot en met 2100 zijn, niet '{text}'."
                )
            );
    }
}
