using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Analysis;

/// <summary>One buurt with its scores and the indicator values the profile uses (null = onbekend).</summary>
public sealed record BuurtAnalysis(Area Buurt, BuurtScore Score, IReadOnlyDictionary<string, double?> Indicators);
