using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Agenda;

/// <summary>
/// Every indicator of the profile in the area against the average of its gemeente(n), each weighted by its own
/// denominator as CBS aggregates (see <see cref="RollUpIndicator"/>).
/// </summary>
internal static class AgendaIndicators
{
    public static AgendaIndicator[] Compare(
        AnalysisResult result,
        IReadOnlyList<BuurtAnalysis> buurten,
        AgendaSources sources
    )
    {
        var profile = result.Profile;
        var gemeenten = buurten.Select(b => b.Buurt.GemeenteCode).ToHashSet(StringComparer.Ordinal);
        var gemeenteBuurten = result.Buurten.Where(b => gemeenten.Contains(b.Buurt.GemeenteCode)).ToArray();
        return profile.Opgaven
            .SelectMany(o => o.Indicators.Select(i => (Opgave: o.Id, i.IndicatorId)))
            .GroupBy(x => x.IndicatorId, StringComparer.Ordinal)
            .Select(g =>
            {
                var info = profile.InfoOf(g.Key);
                var value = RollUpIndicator.Mean(buurten.Select(b => Input(result, b, g.Key, info.Denominator)));
                var average = RollUpIndicator.Mean(
                    gemeenteBuurten.Select(b => Input(result, b, g.Key, info.Denominator))
                );
                return new AgendaIndicator(
                    g.Key,
                    info.Name,
                    info.Unit,
                    sources.For(info),
                    g.Select(x => x.Opgave).Distinct(StringComparer.Ordinal).ToArray(),
                    value,
                    value is null
                        ? DutchText.Value(value, info)
                        : DutchText.Value(value, info) + Reference(buurten, g.Key, result.Year),
                    average,
                    average is null
                        ? DutchText.Value(average, info)
                        : DutchText.Value(average, info) + Reference(gemeenteBuurten, g.Key, result.Year),
                    value - average
                );
            })
            .ToArray();
    }

    // The denominator comes from the same resolved table as the value, so a secret count stays unknown.
    private static RollUpInput Input(
        AnalysisResult result,
        BuurtAnalysis buurt,
        string indicatorId,
        string? denominator
    ) =>
        new(
            buurt.Indicators.GetValueOrDefault(indicatorId),
            denominator is null ? null : result.Indicators?.Get(buurt.Buurt.Code, denominator),
            buurt.Population
        );

    private static string Reference(IReadOnlyList<BuurtAnalysis> buurten, string indicatorId, int boundaryYear) =>
        DutchText.Reference(
            buurten.Select(b => b.Observations.GetValueOrDefault(indicatorId)).OfType<IndicatorObservation>().ToList(),
            boundaryYear
        );
}
