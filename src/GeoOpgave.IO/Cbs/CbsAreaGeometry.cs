using System.Globalization;
using GeoOpgave.Core.Geometries;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.Cbs;

/// <summary>Checks that an area geometry is a non-empty (Multi)Polygon and repairs an invalid one.</summary>
internal static class CbsAreaGeometry
{
    /// <summary>The usable geometry, or null (with an error logged, which refuses the kaart) when the area has
    /// none.</summary>
    public static Geometry? Prepare(Geometry? geometry, string code, int index, IssueLog log)
    {
        var result = RepairGeometry.Run(geometry, RepairGeometryParameters.Polygonal);
        switch (result.Kind)
        {
            case IssueKind.EmptyGeometry:
                log.Error(IssueKind.EmptyGeometry, $"Het gebied {code} heeft geen of een lege geometrie.", index, "geometry");
                break;
            case IssueKind.UnsupportedGeometry:
                log.Error(
                    IssueKind.UnsupportedGeometry,
                    $"Een gebied moet een (Multi)Polygon zijn, maar {code} is een {geometry!.GeometryType}.",
                    index,
                    "geometry");
                break;
            case IssueKind.BrokenGeometry:
                // An area with nothing left has always been reported as empty; the report's kind stays what it was.
                log.Error(
                    IssueKind.EmptyGeometry,
                    $"De geometrie van {code} is ongeldig ({result.Reason}) en na reparatie leeg.",
                    index,
                    "geometry");
                break;
            case IssueKind.Repaired:
                var where = result.Location is { } c
                    ? string.Create(CultureInfo.InvariantCulture, $" bij x={c.X:F1}, y={c.Y:F1}")
                    : string.Empty;
                var repaired = $"De geometrie was ongeldig ({result.Reason}{where}) en is gerepareerd.";
                log.Warning(IssueKind.Repaired, repaired, index, "geometry");
                break;
        }

        return result.Geometry;
    }
}
