using System.Globalization;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The validated query of <c>/ogc/collections/{id}/items</c>.</summary>
public sealed record OgcItemsParameters(
    int Limit,
    int Offset,
    Geometry? BboxRdNew,
    OgcCrs Crs,
    YearRange? Years,
    string? Profiel,
    IReadOnlyDictionary<string, string> Properties)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    /// <summary>The parameters every items request knows; any other one must name a property of the
    /// collection.</summary>
    public static IReadOnlySet<string> Standard { get; } =
        new HashSet<string>(
            ["limit", "offset", "bbox", "bbox-crs", "crs", "datetime", "f", "profiel"],
            StringComparer.Ordinal
        );

    /// <summary>The parameters, or a 400 problem that names the first bad one.</summary>
    public static (OgcItemsParameters? Value, ProblemHttpResult? Problem) Parse(
        IQueryCollection query,
        FeatureCollectionInfo collection
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(collection);
        if (query.FirstOrDefault(q => q.Value.Count > 1) is { Key: { } repeated })
        {
            return Fail("parameter-herhaald", repeated, $"De parameter '{repeated}' komt meer dan één keer voor.");
        }

        if (query.ContainsKey("profiel") && collection.Id != CollectionCatalog.Buurten)
        {
            return Fail(
                "parameter-onbekend",
                "profiel",
                $"De collectie '{collection.Id}' kent de parameter 'profiel' niet; alleen buurten heeft een analyse."
            );
        }

        if (Format(query) is { } formatProblem)
        {
            return (null, formatProblem);
        }

        var limit = Integer(query, "limit", DefaultLimit, 1, MaxLimit);
        var offset = Integer(query, "offset", 0, 0, int.MaxValue);
        var crs = ParseCrs(query, "crs");
        var bboxCrs = ParseCrs(query, "bbox-crs");
        var problem = limit.Problem ?? offset.Problem ?? crs.Problem ?? bboxCrs.Problem;
        if (problem is not null)
        {
            return (null, problem);
        }

        if (query.ContainsKey("bbox-crs") && !query.ContainsKey("bbox"))
        {
            return Fail("parameter-ongeldig", "bbox-crs", "bbox-crs heeft alleen betekenis samen met bbox.");
        }

        Geometry? bbox = null;
        if (query.TryGetValue("bbox", out var bboxText))
        {
            var (box, error) = OgcBbox.Parse(bboxText.ToString(), bboxCrs.Value!);
            if (error is not null)
            {
                return Fail("bbox-ongeldig", "bbox", error);
            }

            bbox = box;
        }

        YearRange? years = null;
        if (query.TryGetValue("datetime", out var datetimeText))
        {
            var (range, error) = OgcDatetime.Parse(datetimeText.ToString());
            if (error is not null)
            {
                return Fail("datetime-ongeldig", "datetime", error);
            }

            years = range;
        }

        var properties = query
            .Where(q => !Standard.Contains(q.Key))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var profiel = query.TryGetValue("profiel", out var p) ? p.ToString() : null;
        return (new OgcItemsParameters(limit.Value, offset.Value, bbox, crs.Value!, years, profiel, properties), null);
    }

    /// <summary>The <c>crs</c> parameter of a single feature request, or a 400 problem.</summary>
    public static (OgcCrs? Value, ProblemHttpResult? Problem) ParseCrs(IQueryCollection query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.TryGetValue(name, out var text))
        {
            return (OgcCrs.Crs84, null);
        }

        return OgcCrs.Find(text.ToString()) is { } crs
            ? (crs, null)
            : (
                null,
                Problems.BadParameter(
                    "crs-onbekend",
                    name,
                    $"{name} '{text}' wordt niet ondersteund. Kies uit: {string.Join(", ", OgcCrs.All.Select(c => c.Uri))}."
                )
            );
    }

    /// <summary>A problem when <c>f</c> asks for something other than JSON or HTML; null when it is absent, JSON or
    /// HTML.</summary>
    public static ProblemHttpResult? Format(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.TryGetValue("f", out var f) && f.ToString() is not ("json" or "geojson" or "html")
            ? Problems.BadParameter(
                "formaat-onbekend",
                "f",
                $"Het formaat '{f}' wordt niet ondersteund; gebruik f=json of f=html."
            )
            : null;
    }

    private static (int Value, ProblemHttpResult? Problem) Integer(
        IQueryCollection query,
        string name,
        int fallback,
        int min,
        int max
    )
    {
        if (!query.TryGetValue(name, out var text))
        {
            return (fallback, null);
        }

        if (
            !int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min
            || value > max
        )
        {
            var range = max == int.MaxValue ? $"{min} of meer" : $"{min} tot en met {max}";
            return (
                0,
                Problems.BadParameter(
                    "parameter-buiten-bereik",
                    name,
                    $"{name} moet een geheel getal zijn van {range}, niet '{text}'."
                )
            );
        }

        return (value, null);
    }

    private static (OgcItemsParameters? Value, ProblemHttpResult? Problem) Fail(
        string code,
        string parameter,
        string detail
    ) => (null, Problems.BadParameter(code, parameter, detail));
}
