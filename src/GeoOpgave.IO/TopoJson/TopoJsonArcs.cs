using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.TopoJson;

/// <summary>
/// The shared arcs of a TopoJSON topology, decoded once. With a <c>transform</c> the positions are quantised: an
/// arc's positions are deltas of integers, a point's are absolute integers, both scaled and translated back.
/// </summary>
internal sealed class TopoJsonArcs
{
    private readonly Coordinate[][] _arcs;
    private readonly (double Sx, double Sy, double Tx, double Ty)? _transform;

    private TopoJsonArcs(Coordinate[][] arcs, (double, double, double, double)? transform)
    {
        _arcs = arcs;
        _transform = transform;
    }

    public int Count => _arcs.Length;

    /// <summary>The arcs of the topology, or null with the reason when they cannot be read.</summary>
    public static TopoJsonArcs? Read(JsonElement root, out string? error)
    {
        error = null;
        var transform = Transform(root, ref error);
        if (error is not null)
        {
            return null;
        }

        if (!root.TryGetProperty("arcs", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            error = "De topologie heeft geen lijst 'arcs'.";
            return null;
        }

        var arcs = new Coordinate[list.GetArrayLength()][];
        var index = 0;
        foreach (var arc in list.EnumerateArray())
        {
            if (Arc(arc, transform) is not { } coordinates)
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Boog {index} van 'arcs' is geen lijst van ten minste twee posities [x, y].");
                return null;
            }

            arcs[index++] = coordinates;
        }

        return new TopoJsonArcs(arcs, transform);
    }

    /// <summary>The arc as TopoJSON numbers it: a negative index is the arc <c>~index</c> walked backwards.</summary>
    public IEnumerable<Coordinate> Walk(int index)
    {
        var arc = _arcs[index >= 0 ? index : ~index];
        return index >= 0 ? arc : arc.Reverse();
    }

    /// <summary>True when <paramref name="index"/> names an arc of this topology.</summary>
    public bool Has(int index) => (index >= 0 ? index : ~index) < _arcs.Length;

    /// <summary>A point's position: quantised but not delta-encoded.</summary>
    public Coordinate? Position(JsonElement position) =>
        XY(position) is not { } xy ? null
            : _transform is { } t ? new Coordinate(xy.X * t.Sx + t.Tx, xy.Y * t.Sy + t.Ty)
            : new Coordinate(xy.X, xy.Y);

    private static (double, double, double, double)? Transform(JsonElement root, ref string? error)
    {
        if (!root.TryGetProperty("transform", out var transform) || transform.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (
            transform.ValueKind == JsonValueKind.Object
            && transform.TryGetProperty("scale", out var scale)
            && transform.TryGetProperty("translate", out var translate)
            && XY(scale) is { } s
            && XY(translate) is { } t
        )
        {
            return (s.X, s.Y, t.X, t.Y);
        }

        error = "De 'transform' van de topologie moet 'scale' en 'translate' als [x, y] hebben.";
        return null;
    }

    private static Coordinate[]? Arc(JsonElement arc, (double Sx, double Sy, double Tx, double Ty)? transform)
    {
        if (arc.ValueKind != JsonValueKind.Array || arc.GetArrayLength() < 2)
        {
            return null;
        }

        var coordinates = new Coordinate[arc.GetArrayLength()];
        var (x, y, i) = (0d, 0d, 0);
        foreach (var position in arc.EnumerateArray())
        {
            if (XY(position) is not { } xy)
            {
                return null;
            }

            if (transform is { } t)
            {
                (x, y) = (x + xy.X, y + xy.Y);
                coordinates[i++] = new Coordinate(x * t.Sx + t.Tx, y * t.Sy + t.Ty);
            }
            else
            {
                coordinates[i++] = new Coordinate(xy.X, xy.Y);
            }
        }

        return coordinates;
    }

    private static (double X, double Y)? XY(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
        {
            return null;
        }

        var x = position[0];
        var y = position[1];
        return x.ValueKind == JsonValueKind.Number && y.ValueKind == JsonValueKind.Number
            && x.TryGetDouble(out var vx) && y.TryGetDouble(out var vy)
            && double.IsFinite(vx) && double.IsFinite(vy)
            ? (vx, vy)
            : null;
    }
}
