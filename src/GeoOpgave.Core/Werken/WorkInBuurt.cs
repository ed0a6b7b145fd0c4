namespace GeoOpgave.Core.Werken;

/// <summary>How much of one buurt one work touches; exactly one of the measures is set, by the work's
/// geometry.</summary>
/// <param name="Buurtcode">The buurt's CBS code.</param>
/// <param name="Work">The work.</param>
/// <param name="LengthM">For a line: its length inside the buurt in metres; else null.</param>
/// <param name="AreaShare">For a polygon: the share (0–1) of the buurt's area that it covers; else null.</param>
/// <param name="PointCount">For points: how many of its points lie in the buurt; else null.</param>
public sealed record WorkInBuurt(
    string Buurtcode,
    PlannedWork Work,
    double? LengthM,
    double? AreaShare,
    int? PointCount
);
