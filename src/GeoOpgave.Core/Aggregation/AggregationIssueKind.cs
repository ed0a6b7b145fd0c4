namespace GeoOpgave.Core.Aggregation;

/// <summary>What was wrong with a geometry an aggregator was given.</summary>
public enum AggregationIssueKind
{
    /// <summary>The geometry is empty (or null); it contributes nothing.</summary>
    EmptyGeometry,

    /// <summary>The geometry was invalid (e.g. self-intersecting) and was repaired before use.</summary>
    RepairedGeometry,

    /// <summary>The geometry has the wrong type for this aggregator (e.g. a line where a polygon is expected); it is skipped.</summary>
    WrongGeometryType,

    /// <summary>A coordinate or value is NaN or infinite; the feature is skipped.</summary>
    NotFinite,
}
