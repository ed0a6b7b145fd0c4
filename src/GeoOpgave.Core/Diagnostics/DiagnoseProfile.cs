using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Diagnostics;

/// <summary>
/// Diagnoses how a profile behaves on the buurten it scored: per opgave the share of buurten in each urgency class,
/// per pair of opgaven the overlap observed against the overlap expected by chance (the product of the two hoog rates
/// over the buurten where both are known) and their ratio, the lift; and warnings, as values, where the profile itself
/// makes opgaven coincide (shared or strongly correlated indicators) or where too few buurten carry the numbers.
/// A lift near 1 means two opgaven coincide about as often as chance would have it. A pure function of its parameters.
/// </summary>
public static class DiagnoseProfile
{
    public static DiagnosticsResult Run(DiagnosticsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scores = parameters.Scores;
        if (
            parameters.Buurten.Count != scores.Buurten.Count
            || parameters.Indicators.BuurtCount != scores.Buurten.Count
        )
        {
            throw new ArgumentException(
                "The buurten, the indicator matrix and the scores must be of the same buurten.",
                nameof(parameters)
            );
        }

        var profile = scores.Profile;
        var classes = profile.Opgaven
            .Select((_, o) => scores.Buurten.Select(b => b.Opgaven[o].Class).ToArray())
            .ToArray();
        var rates = profile.Opgaven.Select((opgave, o) => Rates(opgave.Id, classes[o])).ToArray();
        var pairs = new List<OpgavePairOverlap>();
        for (var a = 0; a < classes.Length; a++)
        {
            for (var b = a + 1; b < classes.Length; b++)
            {
                pairs.Add(Pair(profile.Opgaven[a].Id, profile.Opgaven[b].Id, classes[a], classes[b]));
            }
        }

        return new DiagnosticsResult(rates, pairs, DiagnosticWarnings.Find(parameters, rates));
    }

    private static OpgaveRates Rates(string opgaveId, UrgencyClass[] classes) => new(
        opgaveId,
        classes.Length,
        classes.Count(c => c == UrgencyClass.Hoog),
        classes.Count(c => c == UrgencyClass.Midden),
        classes.Count(c => c == UrgencyClass.Laag),
        classes.Count(c => c == UrgencyClass.Onbekend));

    private static OpgavePairOverlap Pair(string idA, string idB, UrgencyClass[] a, UrgencyClass[] b)
    {
        int known = 0, urgentA = 0, urgentB = 0, both = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == UrgencyClass.Onbekend || b[i] == UrgencyClass.Onbekend)
            {
                continue;
            }

            known++;
            var (hoogA, hoogB) = (a[i] == UrgencyClass.Hoog, b[i] == UrgencyClass.Hoog);
            urgentA += hoogA ? 1 : 0;
            urgentB += hoogB ? 1 : 0;
            both += hoogA && hoogB ? 1 : 0;
        }

        if (known == 0)
        {
            return new OpgavePairOverlap(idA, idB, 0, 0, 0, 0, null);
        }

        var observed = (double)both / known;
        var expected = (double)urgentA / known * ((double)urgentB / known);
        return new OpgavePairOverlap(
            idA,
            idB,
            known,
            both,
            observed,
            expected,
            expected > 0 ? observed / expected : null
        );
    }
}
