using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace GeoOpgave.IO.Cbs;

/// <summary>Checks that an area geometry is a non-empty (Multi)Polygon and repairs an invalid one.</summary>
internal static class CbsAreaGeometry
{
    /// <summary>The usable geometry, or null (with an error logged) when the area must be rejected.</summary>
    public static Geometry? Prepare(Geometry? geometry, int index, IssueLog log)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            log.Error(IssueKind.EmptyGeometry, "Het gebied heeft geen of een lege geometrie en wordt overgeslagen.", index, "geometry");
            return null;
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            log.Error(
                IssueKind.UnsupportedGeometry,
                $"Een gebied moet een (Multi)Polygon zijn, maar dit is een {geometry.GeometryType}; het wordt overgeslagen.",
                index,
                "geometry");
            return null;
        }

        var validation = new IsValidOp(geometry).ValidationError;
        if (validation is null)
        {
            return geometry;
        }

        var repaired = Polygonal(GeometryFixer.Fix(geometry));
        if (repaired is null)
        {
            log.Error(IssueKind.EmptyGeometry, $"De geometrie is ongeldig ({validation.Message}) en na reparatie leeg; het gebied wordt overgeslagen.", index, "geometry");
            return null;
        }

        var where = validation.Coordinate is { } c ? string.Create(CultureInfo.InvariantCulture, $" bij x={c.X:F1}, y={c.Y:F1}") : string.Empty;
        log.Warning(
            IssueKind.Repaired,
            $"De geometrie was ongeldig ({validation.Message}{where}) en is gerepareerd.",
            index,
            "geometry");
        return repaired;
    }

    private static Geometry? Polygonal(Geometry fixedGeometry)
    {
        var polygons = PolygonExtracter.GetPolygons(fixedGeometry).Cast<Polygon>().Where(p => !p.IsEmpty).ToArray();
        Geometry? result = polygons.Length switch
        {
            0 => null,
            1 => polygons[0],
            _ => fixedGeometry.Factory.CreateMultiPolygon(polygons),
        };
        if (result is not null)
        {
            result.SRID = fixedGeometry.SRID;
        }

        return result;
    }
}
