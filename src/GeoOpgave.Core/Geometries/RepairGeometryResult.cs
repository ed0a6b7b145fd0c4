using GeoOpgave.Core.Issues;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Geometries;

/// <summary>What <see cref="RepairGeometry"/> made of one geometry, and what was wrong with it.</summary>
public sealed record RepairGeometryResult
{
    /// <summary>The geometry to use: the input itself when it was valid, else the repaired one; null when
    /// rejected.</summary>
    public Geometry? Geometry { get; init; }

    /// <summary>
    /// Null when the input was fine as given; else <see cref="IssueKind.EmptyGeometry"/>,
    /// <see cref="IssueKind.UnsupportedGeometry"/>, <see cref="IssueKind.Repaired"/> or, when nothing was left
    /// after the repair, <see cref="IssueKind.BrokenGeometry"/>.
    /// </summary>
    public IssueKind? Kind { get; init; }

    /// <summary>Why the input was invalid, in NetTopologySuite's (English) words, e.g. "Self-intersection"; else
    /// null.</summary>
    public string? Reason { get; init; }

    /// <summary>Where the input was invalid, in its own CRS; null when it was not or no point is known.</summary>
    public Coordinate? Location { get; init; }

    /// <summary>
    /// The 0-based part of a multi-geometry that is invalid by itself; null for a single geometry, or when the
    /// parts are valid each and only their combination is not (overlapping polygons of one MultiPolygon).
    /// </summary>
    public int? PartIndex { get; init; }

    /// <summary>True when there is no geometry to use.</summary>
    public bool IsRejected => Geometry is null;
}
