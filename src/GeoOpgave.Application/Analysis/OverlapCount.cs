namespace GeoOpgave.Application.Analysis;

/// <summary>How many buurten (and how many known inhabitants) have this overlap: this many urgent opgaven.</summary>
public sealed record OverlapCount(int Overlap, int Buurten, double Population);
