using System.Globalization;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>Parses the <c>bbox</c> parameter (4 numbers in the axis order of <c>bbox-crs</c>) to an RD New
/// polygon.</summary>
public static class OgcBbox
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 0);

    /// <summary>The box as an RD New polygon, or a Dutch message that says which number is wrong.</summary>
    public static (Geometry? BoxRdNew, string? Error) Parse(string text, OgcCrs crs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(crs);
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return (
                null,
                $"bbox moet 4 getallen hebben, gescheiden door komma's (minimum en maximum per as), maar heeft er {parts.Length}."
            );
        }

        var numbers = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (
                !double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])
                || !double.IsFinite(numbers[i])
            )
            {
                return (null, $"bbox: getal {i + 1} ('{parts[i]}') is geen getal; gebruik een punt als decimaalteken.");
            }
        }

        var names = AxisNames(crs);
        for (var axis = 0; axis < 2; axis++)
        {
            if (numbers[axis] > numbers[axis + 2])
            {
                return (
                    null,
                    $"bbox: getal {axis + 1} (minimum {names[axis]}, {Text(numbers[axis])}) is groter dan getal {axis + 3} (maximum {names[axis]}, {Text(numbers[axis + 2])})."
                );
            }

            if (RangeError(crs, names[axis], numbers, axis) is { } error)
            {
                return (null, error);
            }
        }

        return (ToRdNew(crs, numbers), null);
    }

    private static string[] AxisNames(OgcCrs crs) =>
        !crs.IsGeographic ? ["x", "y"]
        : crs.LatitudeFirst ? ["breedtegraad", "lengtegraad"]
        : ["lengtegraad", "breedtegraad"];

    private static string? RangeError(OgcCrs crs, string name, double[] numbers, int axis)
    {
        if (!crs.IsGeographic)
        {
            return null;
        }

        var limit = name == "breedtegraad" ? 90 : 180;
        foreach (var i in new[] { axis, axis + 2 })
        {
            if (Math.Abs(numbers[i]) > limit)
            {
                return $"bbox: getal {i + 1} ({Text(numbers[i])}) ligt buiten -{limit}..{limit} ({name}).";
            }
        }

        return null;
    }

    private static Geometry ToRdNew(OgcCrs crs, double[] n)
    {
        var (minX, minY, maxX, maxY) = crs.LatitudeFirst ? (n[1], n[0], n[3], n[2]) : (n[0], n[1], n[2], n[3]);
        var box = Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY));
        if (!crs.IsGeographic)
        {
            return box;
        }

        // Straight edges in degrees are curves in RD New: densify so the transformed box keeps its shape.
        var tolerance = Math.Max(maxX - minX, maxY - minY) / 32;
        var dense = tolerance > 0 ? Densifier.Densify(box, tolerance) : box;
        return GeometryTransformer.Wgs84ToRdNew.Transform(dense);
    }

    private static string Text(double d) => d.ToString(CultureInfo.InvariantCulture);
}
