using GeoOpgave.Core.Issues;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace GeoOpgave.Core.Geometries;

/// <summary>
/// Checks one geometry and repairs it when it is invalid (GeometryFixer), saying what was wrong and where.
/// An empty geometry, or one of a type that is not allowed, is rejected; an invalid one is repaired, and rejected
/// only when nothing is left. Problems come back in the result, never as exceptions. Safe to call from
/// several threads at once.
/// </summary>
public static class RepairGeometry
{
    /// <summary>Checks and, when needed, repairs <paramref name="geometry"/> (any CRS; a repair keeps its
    /// srid).</summary>
    public static RepairGeometryResult Run(Geometry? geometry, RepairGeometryParameters? parameters = null)
    {
        parameters ??= RepairGeometryParameters.Polygonal;
        if (geometry is null || geometry.IsEmpty)
        {
            return new RepairGeometryResult { Kind = IssueKind.EmptyGeometry };
        }

        if (parameters.RequirePolygonal && geometry is not (Polygon or MultiPolygon))
        {
            return new RepairGeometryResult { Kind = IssueKind.UnsupportedGeometry };
        }

        // Most real polygons are proven valid without IsValidOp's noding; the rest take the full check.
        if (geometry is Polygon or MultiPolygon && CertainValidity.IsProven(geometry))
        {
            return new RepairGeometryResult { Geometry = geometry };
        }

        var error = new IsValidOp(geometry).ValidationError;
        if (error is null)
        {
            return new RepairGeometryResult { Geometry = geometry };
        }

        var fixedGeometry = GeometryFixer.Fix(geometry);
        var repaired = parameters.RequirePolygonal ? Polygons(fixedGeometry) : fixedGeometry;
        if (repaired is { IsEmpty: false } && repaired.SRID != geometry.SRID)
        {
            repaired.SRID = geometry.SRID;
        }

        var usable = repaired is { IsEmpty: false };

        return new RepairGeometryResult
        {
            Geometry = usable ? repaired : null,
            Kind = usable ? IssueKind.Repaired : IssueKind.BrokenGeometry,
            Reason = error.Message,
            Location = error.Coordinate,
            PartIndex = InvalidPart(geometry),
        };
    }

    // A fixed polygon can collapse into lines or points; an area keeps only what still has area.
    private static Geometry? Polygons(Geometry fixedGeometry)
    {
        var polygons = PolygonExtracter.GetPolygons(fixedGeometry).Cast<Polygon>().Where(p => !p.IsEmpty).ToArray();
        return polygons.Length switch
        {
            0 => null,
            1 => polygons[0],
            _ => fixedGeometry.Factory.CreateMultiPolygon(polygons),
        };
    }

    private static int? InvalidPart(Geometry geometry)
    {
        if (geometry is not GeometryCollection parts)
        {
            return null;
        }

        for (var i = 0; i < parts.NumGeometries; i++)
        {
            if (!parts.GetGeometryN(i).IsValid)
            {
                return i;
            }
        }

        return null;
    }
}
