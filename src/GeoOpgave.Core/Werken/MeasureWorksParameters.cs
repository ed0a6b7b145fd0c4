using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Werken;

/// <summary>The input of <see cref="MeasureWorks"/>: buurten and works, both in RD New.</summary>
public sealed record MeasureWorksParameters(IReadOnlyList<Area> Buurten, IReadOnlyList<PlannedWork> Works);
