using System.Globalization;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Diagnostics;

/// <summary>The five kinds of <see cref="DiagnosticWarning"/>, each worded in Dutch with the indicators and opgaven
/// named.</summary>
internal static class DiagnosticWarnings
{
    public static IReadOnlyList<DiagnosticWarning> Find(
        DiagnosticsParameters parameters,
        IReadOnlyList<OpgaveRates> rates
    )
    {
        var profile = parameters.Scores.Profile;
        var usage = Usage(profile);
        return
        [
            .. Shared(profile, usage),
            .. Correlated(parameters, usage),
            .. FewBuurten(parameters, rates),
            .. CoarsePercentiles(parameters, usage),
            .. SameEverywhere(parameters, usage),
        ];
    }

    // Per indicator id (first appearance first) the opgaven that use it with a positive weight, in profile order.
    private static List<(string Id, int[] Opgaven)> Usage(Profile profile) => profile.Opgaven
        .SelectMany((o, oi) => o.Indicators.Where(i => i.Weight > 0).Select(i => (i.IndicatorId, Opgave: oi)))
        .GroupBy(x => x.IndicatorId, StringComparer.Ordinal)
        .Select(g => (g.Key, g.Select(x => x.Opgave).Distinct().Order().ToArray()))
        .ToList();

    private static IEnumerable<DiagnosticWarning> Shared(Profile profile, List<(string Id, int[] Opgaven)> usage) =>
        usage
            .Where(u => u.Opgaven.Length > 1)
            .Select(u => new DiagnosticWarning(
                DiagnosticWarning.SharedIndicator,
                $"De indicator {Name(profile, u.Id)} telt mee in {Opgaven(profile, u.Opgaven)}: dezelfde gegevens maken deze opgaven "
                    + "vaker samen urgent, los van wat er in de buurt speelt.",
                [u.Id],
                Ids(profile, u.Opgaven)
            ));

    private static IEnumerable<DiagnosticWarning> Correlated(
        DiagnosticsParameters parameters,
        List<(string Id, int[] Opgaven)> usage
    )
    {
        var profile = parameters.Scores.Profile;
        var m = parameters.Indicators;
        var column = usage.ToDictionary(
            u => u.Id,
            u => m.Slots.First(s => s.Indicator.IndicatorId == u.Id).Index,
            StringComparer.Ordinal
        );
        for (var x = 0; x < usage.Count; x++)
        {
            for (var y = x + 1; y < usage.Count; y++)
            {
                var (a, b) = (usage[x], usage[y]);
                if (!a.Opgaven.Any(oa => b.Opgaven.Any(ob => ob != oa)))
                {
                    continue;
                }

                var (r, n) = SpearmanCorrelation.Of(
                    m.RawColumn(column[a.Id]),
                    m.RawColumn(column[b.Id]),
                    parameters.MinimumPairs
                );
                if (r is { } rho && Math.Abs(rho) > parameters.CorrelationLimit)
                {
                    var opgaven = a.Opgaven.Union(b.Opgaven).Order().ToArray();
                    var together = rho * Sign(m, column[a.Id]) * Sign(m, column[b.Id]) > 0;
                    yield return new DiagnosticWarning(
                        DiagnosticWarning.CorrelatedIndicators,
                        $"De indicatoren {Name(profile, a.Id)} ({Opgaven(profile, a.Opgaven)}) en {Name(profile, b.Id)} "
                            + $"({Opgaven(profile, b.Opgaven)}) hangen sterk samen (Spearman r = {Decimal(rho)} over {Count(n)} buurten): "
                            + (
                                together
                                    ? "deze opgaven worden daardoor vaker samen urgent dan de opgaven zelf rechtvaardigen."
                                    : "waar de ene opgave urgent is, is de andere daardoor vaker juist niet urgent."
                            ),
                        [a.Id, b.Id],
                        Ids(profile, opgaven));
                }
            }
        }
    }

    private static IEnumerable<DiagnosticWarning> FewBuurten(
        DiagnosticsParameters parameters,
        IReadOnlyList<OpgaveRates> rates
    )
    {
        var profile = parameters.Scores.Profile;
        return rates
            .Select((r, o) => (Rates: r, Opgave: o))
            .Where(x => x.Rates.WithData < parameters.MinimumBuurtenWithData)
            .Select(x => new DiagnosticWarning(
                DiagnosticWarning.FewBuurten,
                $"{DutchText.Capitalise(Noun(profile.Opgaven[x.Opgave]))} heeft slechts in {Count(x.Rates.WithData)} van de {Count(x.Rates.Buurten)} buurten "
                    + $"genoeg gegevens (minimaal {Count(parameters.MinimumBuurtenWithData)} nodig voor een betrouwbaar beeld).",
                [],
                [x.Rates.OpgaveId]));
    }

    private static IEnumerable<DiagnosticWarning> CoarsePercentiles(
        DiagnosticsParameters parameters,
        List<(string Id, int[] Opgaven)> usage
    )
    {
        var profile = parameters.Scores.Profile;
        var m = parameters.Indicators;
        foreach (var (id, opgaven) in usage)
        {
            var slots = m
                .Slots.Where(s => s.Indicator.IndicatorId == id && IsPercentile(s.Indicator.Normalisation.Kind))
                .ToArray();
            if (slots.Length == 0)
            {
                continue;
            }

            var raw = m.RawColumn(slots[0].Index).ToArray();
            var groups = slots.Any(s => s.Indicator.Normalisation.Kind == NormalisationKind.PercentileGemeente)
                ? m.Ranking.Relative
                : m.Ranking.All;
            var sizes = groups.Select(g => g.Count(i => double.IsFinite(raw[i]))).Where(n => n > 0).ToArray();
            if (sizes.Length > 0 && sizes.Min() < parameters.MinimumPercentileGroup)
            {
                yield return new DiagnosticWarning(
                    DiagnosticWarning.CoarsePercentiles,
                    $"De percentielen van {Name(profile, id)} ({Opgaven(profile, opgaven)}) zijn berekend over slechts {Count(sizes.Min())} buurten "
                        + $"met een waarde (minder dan {Count(parameters.MinimumPercentileGroup)}): de rangorde is grof, een kleine "
                        + "verandering kan een buurt een hele klasse doen verspringen.",
                    [id],
                    Ids(profile, opgaven));
            }
        }
    }

    // An indicator with one value in every buurt ranks nothing; on real data that is mostly a source that missed the
    // gemeente (another gemeente's layer gives 0 everywhere) or a column that was never filled.
    private static IEnumerable<DiagnosticWarning> SameEverywhere(
        DiagnosticsParameters parameters,
        List<(string Id, int[] Opgaven)> usage
    )
    {
        var profile = parameters.Scores.Profile;
        var m = parameters.Indicators;
        foreach (var (id, opgaven) in usage)
        {
            var raw = m.RawColumn(m.Slots.First(s => s.Indicator.IndicatorId == id).Index);
            var (known, first, same) = (0, double.NaN, true);
            foreach (var value in raw)
            {
                if (double.IsFinite(value))
                {
                    first = known++ == 0 ? value : first;
                    same &= value == first;
                }
            }

            if (known >= 2 && same)
            {
                yield return new DiagnosticWarning(
                    DiagnosticWarning.SameEverywhere,
                    $"De indicator {Name(profile, id)} ({Opgaven(profile, opgaven)}) is in alle {Count(known)} buurten "
                        + $"met een waarde {first.ToString("0.##", DutchText.Culture)}: ze maakt geen onderscheid "
                        + "tussen buurten. Controleer de bron; een laag van een andere gemeente geeft bijvoorbeeld "
                        + "overal 0.",
                    [id],
                    Ids(profile, opgaven));
            }
        }
    }

    // +1 when a higher value is more urgent, −1 when a lower one is: the sign that turns a raw correlation into one of
    // urgency.
    private static int Sign(NormalisedIndicators m, int slot) =>
        m.Slots[slot].Indicator.Direction == IndicatorDirection.HigherIsMoreUrgent ? 1 : -1;

    private static bool IsPercentile(NormalisationKind kind) =>
        kind is NormalisationKind.PercentileGemeente or NormalisationKind.PercentileAll;

    private static string Name(Profile profile, string indicatorId) => $"‘{profile.InfoOf(indicatorId).Name}’";

    private static string Noun(OpgaveDefinition opgave) => DutchText.OpgaveNoun(opgave.Id, opgave.Name);

    private static string Opgaven(Profile profile, int[] opgaven) =>
        DutchText.List(opgaven.Select(o => Noun(profile.Opgaven[o])).ToArray());

    private static string[] Ids(Profile profile, int[] opgaven) => opgaven.Select(o => profile.Opgaven[o].Id).ToArray();

    private static string Count(int n) => n.ToString("N0", DutchText.Culture);

    private static string Decimal(double r) => r.ToString("0.00", DutchText.Culture);
}
