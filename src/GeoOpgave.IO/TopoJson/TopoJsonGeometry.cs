using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.TopoJson;

/// <summary>
/// Builds the NTS geometry of one TopoJSON geometry object from the topology's arcs. A broken object (an unknown
/// type, an arc that does not exist, a ring that does not close) throws a <see cref="FormatException"/> with the
/// reason in Dutch. A ring that quantisation collapsed to fewer than three distinct points is left out and
/// counted: a polygon whose outer ring collapsed is left out, a hole that collapsed is dropped.
/// </summary>
internal sealed class TopoJsonGeometry(TopoJsonArcs arcs, GeometryFactory factory)
{
    /// <summary>How many rings were left out because they had collapsed.</summary>
    public int CollapsedRings { get; private set; }

    /// <summary>The geometry, or null when the object has no type (a feature without geometry).</summary>
    public Geometry? Decode(JsonElement geometry)
    {
        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        return type switch
        {
            null => null,
            "Point" => factory.CreatePoint(Position(Member(geometry, "coordinates"))),
            "MultiPoint" => factory.CreateMultiPoint([.. Items(Member(geometry, "coordinates")).Select(
                p => factory.CreatePoint(Position(p)))]),
            "LineString" => factory.CreateLineString(Line(Member(geometry, "arcs"))),
            "MultiLineString" => factory.CreateMultiLineString([.. Items(Member(geometry, "arcs")).Select(
                l => factory.CreateLineString(Line(l)))]),
            "Polygon" => Polygon(Member(geometry, "arcs")) ?? factory.CreatePolygon(),
            "MultiPolygon" => factory.CreateMultiPolygon([.. Items(Member(geometry, "arcs")).Select(Polygon)
                .OfType<Polygon>()]),
            "GeometryCollection" => factory.CreateGeometryCollection([.. Items(Member(geometry, "geometries"))
                .Select(Decode).OfType<Geometry>()]),
            _ => throw new FormatException($"het geometrietype '{type}' bestaat niet in TopoJSON"),
        };
    }

    private Polygon? Polygon(JsonElement rings)
    {
        var list = Items(rings).ToList();
        if (list.Count == 0 || Ring(list[0]) is not { } shell)
        {
            return null;
        }

        var holes = list.Skip(1).Select(Ring).OfType<LinearRing>().ToArray();
        return factory.CreatePolygon(shell, holes);
    }

    private LinearRing? Ring(JsonElement arcIndices)
    {
        var coordinates = Line(arcIndices);
        if (!coordinates[0].Equals2D(coordinates[^1]))
        {
            throw new FormatException("een ring sluit niet: het eind van de laatste boog is niet het begin van de eerste");
        }

        var distinct = new List<Coordinate>(coordinates.Length) { coordinates[0] };
        foreach (var c in coordinates.AsSpan(1))
        {
            if (!c.Equals2D(distinct[^1]))
            {
                distinct.Add(c);
            }
        }

        if (distinct.Count < 4)
        {
            CollapsedRings++;
            return null;
        }

        return factory.CreateLinearRing([.. distinct]);
    }

    // Consecutive arcs share their end and start point; it is taken once.
    private Coordinate[] Line(JsonElement arcIndices)
    {
        var coordinates = new List<Coordinate>();
        foreach (var item in Items(arcIndices))
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var index) || !arcs.Has(index))
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"de boog {Shown(item)} bestaat niet (de topologie heeft {arcs.Count} bogen)"));
            }

            coordinates.AddRange(coordinates.Count == 0 ? arcs.Walk(index) : arcs.Walk(index).Skip(1));
        }

        return coordinates.Count >= 2
            ? [.. coordinates]
            : throw new FormatException("een lijn of ring zonder bogen");
    }

    private Coordinate Position(JsonElement position) =>
        arcs.Position(position) ?? throw new FormatException("een punt is geen positie [x, y]");

    private static JsonElement Member(JsonElement geometry, string name) =>
        geometry.TryGetProperty(name, out var member)
            ? member
            : throw new FormatException($"het lid '{name}' ontbreekt");

    private static IEnumerable<JsonElement> Items(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw new FormatException($"verwacht een lijst, maar vond {Shown(array)}");

    // Hostile input can put megabytes where a number belongs; the message shows only its start.
    private static string Shown(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
