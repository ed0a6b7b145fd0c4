using System.Text.Json;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Werken;
using GeoOpgave.IO.Features;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Werken;

/// <summary>Between stored features of a works layer, <see cref="PlannedWork"/> and the layers the writers
/// take.</summary>
public static class WerkenRecords
{
    /// <summary>The columns of a works-per-buurt table, in order.</summary>
    public static readonly IReadOnlyList<string> PerBuurtColumns =
    [
        "buurtcode",
        "werk_id",
        "soort",
        "naam",
        "start",
        "eind",
        "eigenaar",
        "status",
        "lengte_m",
        "aandeel_oppervlak",
        "aantal",
    ];

    /// <summary>The work of a stored feature; its id is the layer name and feature index ("riool:3").</summary>
    public static PlannedWork ToWork(string layerName, LayerFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        using var json = JsonDocument.Parse(feature.AttributesJson ?? "{}");
        var root = json.RootElement;
        return new PlannedWork(
            $"{layerName}:{feature.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            feature.Geometry,
            Text(root, WerkenFieldNames.Soort) ?? string.Empty,
            Text(root, WerkenFieldNames.Naam),
            Year(root, WerkenFieldNames.Start),
            Year(root, WerkenFieldNames.Eind),
            Text(root, WerkenFieldNames.Eigenaar),
            Text(root, WerkenFieldNames.Status))
        {
            BuurtOnly = Text(root, WerkenFieldNames.Plaatsing) == WerkenFieldNames.PlacedByBuurtcode,
        };
    }

    /// <summary>The works as features in RD New with werk_id, soort, naam, start, eind, eigenaar and status.</summary>
    public static VectorLayer ToLayer(IReadOnlyList<PlannedWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var features = works
            .Select(w => (IFeature)new Feature(w.Geometry, Describe(w, new AttributesTable())))
            .ToList();
        return new VectorLayer("werken", Srid.RdNew, features);
    }

    /// <summary>One feature per work and buurt (the work's whole geometry) with the columns of
    /// <see cref="PerBuurtColumns"/>.</summary>
    public static VectorLayer ToLayer(MeasureWorksResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var features = result.Rows.Select(r =>
        {
            var attributes = new AttributesTable { { "buurtcode", r.Buurtcode } };
            Describe(r.Work, attributes);
            attributes.Add("lengte_m", r.LengthM is { } length ? Math.Round(length, 1) : null);
            attributes.Add("aandeel_oppervlak", r.AreaShare is { } share ? Math.Round(share, 4) : null);
            attributes.Add("aantal", r.PointCount is { } count ? (long)count : null);
            return (IFeature)new Feature(r.Work.Geometry, attributes);
        }).ToList();
        return new VectorLayer("werken_per_buurt", Srid.RdNew, features);
    }

    private static AttributesTable Describe(PlannedWork work, AttributesTable attributes)
    {
        attributes.Add("werk_id", work.Id);
        attributes.Add("soort", work.Soort);
        attributes.Add("naam", work.Naam);
        attributes.Add("start", work.Start is { } start ? (long)start : null);
        attributes.Add("eind", work.Eind is { } end ? (long)end : null);
        attributes.Add("eigenaar", work.Eigenaar);
        attributes.Add("status", work.Status);
        return attributes;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Year(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var year)
            ? year
            : null;
}
