using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Werken;

/// <summary>The input of <see cref="MatchWorks"/>: buurten and works in RD New, and the spatial rule.</summary>
public sealed record MatchWorksParameters(IReadOnlyList<Area> Buurten, IReadOnlyList<PlannedWork> Works)
{
    /// <summary>The default of <see cref="BufferMeters"/>: about half a residential street's width between
    /// façades.</summary>
    public const double DefaultBufferMeters = 10;

    /// <summary>The default of <see cref="MinimumOverlapMeters"/>: more than a crossing of two streets (2 ×
    /// buffer).</summary>
    public const double DefaultMinimumOverlapMeters = 25;

    /// <summary>How far (metres) around each work its street reaches: two works meet where these buffers
    /// overlap.</summary>
    public double BufferMeters { get; init; } = DefaultBufferMeters;

    /// <summary>
    /// How much street (metres) two line or polygon works must share to count as on the same street, so that two
    /// works that only cross or touch at a corner do not meet.
    /// </summary>
    public double MinimumOverlapMeters { get; init; } = DefaultMinimumOverlapMeters;
}
