namespace GeoOpgave.Application.Agenda;

/// <summary>Why an opgave has its score in a buurt, with one Dutch sentence.</summary>
/// <param name="Class">hoog, midden, laag or onbekend.</param>
/// <param name="Coverage">Share (0–1) of the opgave's weight that had data.</param>
/// <param name="Sentence">E.g. "In Kerkbuurt is energie urgent (score 82): gemiddeld gasverbruik 1.850 m³ (hoogste 10 %
/// van de gemeente) en …".</param>
public sealed record AgendaExplanation(
    string BuurtCode,
    string BuurtName,
    double? Score,
    string Class,
    double Coverage,
    double UrgentThreshold,
    string Sentence,
    IReadOnlyList<AgendaContribution> Indicators);
