using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Rolls buurt scores up to wijken and gemeenten: per opgave the population-weighted mean score, and
/// the share of inhabitants living in buurten where several opgaven are urgent. A buurt whose
/// population is unknown (missing, not finite or negative) is left out and counted in
/// <see cref="AreaRollUp.BuurtenWithoutPopulation"/>; it is never weighted as zero inhabitants.
/// A pure function of its parameters.
/// </summary>
public static class RollUpScores
{
    public static RollUpResult Run(RollUpParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var areas = parameters.Buurten.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var rows = parameters.Result.Buurten
            .Where(b => areas.ContainsKey(b.BuurtCode))
            .Select(b => (Score: b, Area: areas[b.BuurtCode], Population: Population(parameters, b.BuurtCode)))
            .ToArray();
        var wijken = rows
            .Where(r => r.Area.WijkCode is not null)
            .GroupBy(r => r.Area.WijkCode!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RollUp(g.Key, AreaLevel.Wijk, g.ToArray(), parameters))
            .ToArray();
        var gemeenten = rows
            .GroupBy(r => r.Area.GemeenteCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RollUp(g.Key, AreaLevel.Gemeente, g.ToArray(), parameters))
            .ToArray();
        return new RollUpResult(wijken, gemeenten);
    }

    private static double? Population(RollUpParameters parameters, string code) =>
        parameters.Indicators.Get(code, parameters.PopulationIndicatorId) is { } p && double.IsFinite(p) && p >= 0
            ? p
            : null;

    private static AreaRollUp RollUp(
        string code,
        AreaLevel level,
        (BuurtScore Score, Area Area, double? Population)[] rows,
        RollUpParameters parameters
    )
    {
        var counted = rows.Where(r => r.Population is not null).ToArray();
        var population = counted.Sum(r => r.Population!.Value);
        var opgaven = parameters.Result.Profile.Opgaven.Select((o, i) =>
        {
            var known = counted.Where(r => r.Score.Opgaven[i].Score is not null).ToArray();
            var knownPopulation = known.Sum(r => r.Population!.Value);
            double? score = knownPopulation > 0
                ? known.Sum(r => r.Population!.Value * r.Score.Opgaven[i].Score!.Value) / knownPopulation
                : null;
            return new OpgaveRollUp(o.Id, score, population > 0 ? knownPopulation / population : 0);
        }).ToArray();
        var inOverlap = counted.Where(r => r.Score.Overlap >= parameters.MinimumOverlap).Sum(r => r.Population!.Value);
        double? share = population > 0 ? inOverlap / population : null;
        return new AreaRollUp(code, level, rows.Length, rows.Length - counted.Length, population, opgaven, share);
    }
}
