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
        var wijken = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        var gemeenten = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        foreach (var score in parameters.Result.Buurten)
        {
            if (!areas.TryGetValue(score.BuurtCode, out var area))
            {
                continue;
            }

            var row = new Row(score, Population(parameters, score.BuurtCode));
            if (area.WijkCode is { } wijk)
            {
                Add(wijken, wijk, row);
            }

            Add(gemeenten, area.GemeenteCode, row);
        }

        return new RollUpResult(
            RollUp(wijken, AreaLevel.Wijk, parameters),
            RollUp(gemeenten, AreaLevel.Gemeente, parameters)
        );
    }

    private static void Add(Dictionary<string, List<Row>> groups, string code, Row row)
    {
        if (!groups.TryGetValue(code, out var rows))
        {
            groups[code] = rows = [];
        }

        rows.Add(row);
    }

    private static double? Population(RollUpParameters parameters, string code) =>
        parameters.Indicators.Get(code, parameters.PopulationIndicatorId) is { } p && double.IsFinite(p) && p >= 0
            ? p
            : null;

    private static AreaRollUp[] RollUp(
        Dictionary<string, List<Row>> groups,
        AreaLevel level,
        RollUpParameters parameters
    ) => groups
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => RollUp(g.Key, level, g.Value, parameters))
        .ToArray();

    // One pass over the buurten of the area, summing in their order.
    private static AreaRollUp RollUp(string code, AreaLevel level, List<Row> rows, RollUpParameters parameters)
    {
        var opgaven = parameters.Result.Profile.Opgaven;
        var knownPopulation = new double[opgaven.Count];
        var weighted = new double[opgaven.Count];
        var (population, inOverlap, counted) = (0.0, 0.0, 0);
        foreach (var row in rows)
        {
            if (row.Population is not { } p)
            {
                continue;
            }

            counted++;
            population += p;
            inOverlap += row.Score.Overlap >= parameters.MinimumOverlap ? p : 0;
            for (var o = 0; o < knownPopulation.Length; o++)
            {
                if (row.Score.Opgaven[o].Score is { } s)
                {
                    knownPopulation[o] += p;
                    weighted[o] += p * s;
                }
            }
        }

        var rollUps = new OpgaveRollUp[opgaven.Count];
        for (var o = 0; o < rollUps.Length; o++)
        {
            double? score = knownPopulation[o] > 0 ? weighted[o] / knownPopulation[o] : null;
            rollUps[o] = new OpgaveRollUp(
                opgaven[o].Id,
                score,
                population > 0 ? knownPopulation[o] / population : 0
            );
        }

        double? share = population > 0 ? inOverlap / population : null;
        return new AreaRollUp(code, level, rows.Count, rows.Count - counted, population, rollUps, share);
    }

    private readonly record struct Row(BuurtScore Score, double? Population);
}
