using Microsoft.EntityFrameworkCore.ChangeTracking;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Sqlite;

/// <summary>
/// Change tracking for geometry stored through a converter: equal means the same coordinates in the
/// same order, and the snapshot is a copy so that editing a tracked geometry in place is noticed.
/// </summary>
public sealed class GeometryValueComparer : ValueComparer<Geometry>
{
    public GeometryValueComparer()
        : base(
            (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.EqualsExact(b)),
            g => g.GetHashCode(),
            g => g.Copy())
    {
    }
}
