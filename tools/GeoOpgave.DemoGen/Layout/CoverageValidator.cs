using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>A buurt as the coverage check sees it.</summary>
internal sealed record CoverageArea(string Code, string WijkCode, NetTopologySuite.Geometries.Geometry Geometry);

/// <summary>
/// Checks the layout before anything is written and throws on the first broken rule: every buurt valid, no two
/// buurten overlapping, the buurten of a wijk adding up to the wijk, the wijken to the gemeente, each wijk one
/// piece, at least one buurt with a hole and one MultiPolygon buurt.
/// </summary>
internal static class CoverageValidator
{
    private const double ToleranceM2 = 1e-6;

    public static void Validate(
        IReadOnlyList<BuurtShape> buurten,
        IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> wijken,
        NetTopologySuite.Geometries.Geometry gemeente
    ) => Validate(buurten.Select(b => new CoverageArea(b.Code, b.Wijk.Code, b.Geometry)).ToList(), wijken, gemeente);

    public static void Validate(
        IReadOnlyList<CoverageArea> buurten,
        IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> wijken,
        NetTopologySuite.Geometries.Geometry gemeente
    )
    {
        foreach (var buurt in buurten)
        {
            Require(buurt.Geometry.IsValid && buurt.Geometry.Area > 0, $"{buurt.Code} is invalid or empty.");
            Require(
                buurt.Geometry.Difference(gemeente).Area < ToleranceM2,
                $"{buurt.Code} sticks out of the gemeente."
            );
        }

        CheckOverlaps(buurten);
        foreach (var (code, wijk) in wijken)
        {
            var members = buurten.Where(b => b.WijkCode == code).ToList();
            Require(wijk is Polygon && wijk.IsValid, $"{code} is not one valid polygon.");
            Require(
                Math.Abs(members.Sum(b => b.Geometry.Area) - wijk.Area) < 1e-3,
                $"The buurten of {code} do not add up to it."
            );
            Require(
                members.Select(b => b.Geometry).Aggregate((a, b) => a.Union(b)).SymmetricDifference(wijk).Area
                    < ToleranceM2,
                $"The buurten of {code} do not cover it."
            );
        }

        Require(
            gemeente is Polygon { NumInteriorRings: 0 } && gemeente.IsValid,
            "The gemeente is not one polygon without holes."
        );
        Require(
            Math.Abs(wijken.Values.Sum(w => w.Area) - gemeente.Area) < 1e-3,
            "The wijken do not add up to the gemeente."
        );
        Require(
            buurten.Any(b =>
                b.Geometry is Polygon { NumInteriorRings: > 0 }
                || (b.Geometry is MultiPolygon { NumGeometries: 1 } m && ((Polygon)m[0]).NumInteriorRings > 0)
            ),
            "No buurt has a hole."
        );
        Require(
            buurten.Any(b => b.Geometry is MultiPolygon { NumGeometries: > 1 }),
            "No buurt has more than one part."
        );
    }

    private static void CheckOverlaps(IReadOnlyList<CoverageArea> buurten)
    {
        var index = new STRtree<CoverageArea>();
        foreach (var buurt in buurten)
        {
            index.Insert(buurt.Geometry.EnvelopeInternal, buurt);
        }

        foreach (var buurt in buurten)
        {
            foreach (var other in index.Query(buurt.Geometry.EnvelopeInternal))
            {
                if (string.CompareOrdinal(buurt.Code, other.Code) < 0)
                {
                    var overlap = buurt.Geometry.Intersection(other.Geometry).Area;
                    Require(overlap < ToleranceM2, $"{buurt.Code} and {other.Code} overlap by {overlap} m².");
                }
            }
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Demo layout check failed: " + message);
        }
    }
}
