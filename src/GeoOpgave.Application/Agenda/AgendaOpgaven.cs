using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Agenda;

/// <summary>Each opgave over the area, with the engine's explanation (and Dutch sentence) for the buurten where it is
/// urgent.</summary>
internal static class AgendaOpgaven
{
    public static AgendaOpgave[] Build(
        AnalysisResult result,
        IReadOnlyList<BuurtAnalysis> buurten,
        AgendaSources sources
    )
    {
        var scoring = result.Scoring;
        var areas = result.Buurten.Select(b => b.Buurt).ToArray();
        return result
            .Profile.Opgaven.Select(
                (opgave, i) =>
                {
                    var explained = buurten
                        .Where(b => buurten.Count == 1 || b.Score.Opgaven[i].IsUrgent)
                        .OrderByDescending(b => b.Score.Opgaven[i].Score ?? double.NegativeInfinity)
                        .Select(b =>
                            Explain(
                                ExplainOpgave.Run(
                                    new ExplanationParameters(scoring, areas, b.Buurt.Code, opgave.Id)
                                    {
                                        Indicators = result.Indicators,
                                    }
                                ),
                                sources
                            )
                        )
                        .ToArray();
                    return new AgendaOpgave(
                        opgave.Id,
                        opgave.Name,
                        opgave.Colour,
                        RollUpIndicator.Mean(
                            buurten.Select(b => new RollUpInput(b.Score.Opgaven[i].Score, null, b.Population))
                        ),
                        buurten.Count(b => b.Score.Opgaven[i].IsUrgent),
                        explained
                    );
                }
            )
            .OrderByDescending(o => o.UrgentBuurten)
            .ThenByDescending(o => o.Score ?? double.NegativeInfinity)
            .ToArray();
    }

    private static AgendaExplanation Explain(OpgaveExplanation e, AgendaSources sources) =>
        new(
            e.BuurtCode,
            e.BuurtName,
            e.Score,
            AnalysisLayer.ClassName(e.Class),
            e.Coverage,
            e.UrgentThreshold,
            e.Sentence,
            e.Indicators.Select(i => new AgendaContribution(
                    i.Info.Id,
                    i.Info.Name,
                    i.Info.Unit,
                    sources.For(i.Info),
                    i.RawValue,
                    i.FormattedValue,
                    i.Normalised,
                    i.Weight,
                    i.Contribution,
                    i.GemeentePercentile,
                    i.Direction == IndicatorDirection.HigherIsMoreUrgent ? "hoger-is-urgenter" : "lager-is-urgenter"
                ))
                .ToArray()
        );
}
