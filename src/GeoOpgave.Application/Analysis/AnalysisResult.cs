using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Application.Analysis;

/// <summary>The analysis of every buurt of one year with one profile.</summary>
public sealed record AnalysisResult(
    Profile Profile,
    int Year,
    IReadOnlyList<Area> Gemeenten,
    IReadOnlyList<BuurtAnalysis> Buurten);
