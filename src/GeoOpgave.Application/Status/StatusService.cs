using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Status;

/// <summary>
/// Says plainly what a profile can score in a boundary year and what is missing: per opgave how many buurten are
/// scored, per indicator in which buurten it has no value and where a Dutch gemeente gets it. The use case behind
/// <c>geoopgave status</c>, <c>GET /api/status</c> and the status panels.
/// </summary>
public sealed class StatusService(
    AnalysisService analyses,
    IndicatorBindingStore bindings,
    WorkspaceStore workspace
)
{
    /// <exception cref="GeoOpgaveException">The profile does not exist, or the workspace holds no buurten of that
    /// year.</exception>
    public async Task<WorkspaceStatus> GetAsync(string? profielId, int? year, CancellationToken cancellationToken)
    {
        var result = await analyses.AnalyseAsync(profielId, cancellationToken, year);
        var bound = (await bindings.ListAsync(cancellationToken))
            .GroupBy(b => b.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().LayerName, StringComparer.Ordinal);
        var profile = result.Profile;
        var count = result.Buurten.Count;
        // A buurt that is not ranked has no score on purpose, so it is neither scored nor missing a score.
        var ranked = result.Buurten.Count(b => b.Score.NotRankedReason is null);
        var opgaven = profile
            .Opgaven.Select(
                (o, i) =>
                    new OpgaveStatus(
                        o.Id,
                        o.Name,
                        result.Buurten.Count(b => b.Score.Opgaven[i].Class != UrgencyClass.Onbekend),
                        ranked
                    )
            )
            .ToList();
        var indicators = profile
            .Opgaven.SelectMany(o => o.Indicators.Select(i => (Opgave: o.Id, i.IndicatorId)))
            .GroupBy(x => x.IndicatorId, StringComparer.Ordinal)
            .Select(g =>
            {
                var info = profile.InfoOf(g.Key);
                var known = result.Buurten.Where(b => b.Observations.ContainsKey(g.Key)).ToList();
                return new IndicatorStatus(
                    g.Key,
                    info.Name,
                    g.Select(x => x.Opgave).Distinct(StringComparer.Ordinal).ToList(),
                    known.Count,
                    count,
                    result
                        .Buurten.Where(b => !b.Observations.ContainsKey(g.Key))
                        .Select(b => b.Buurt.Code)
                        .Order(StringComparer.Ordinal)
                        .ToList(),
                    known.Select(b => b.Observations[g.Key].Year).Distinct().Order().ToList(),
                    info.Obtain,
                    bound.GetValueOrDefault(g.Key) ?? info.Definition?.Layer);
            })
            .ToList();
        var gaps = GemeenteGaps.Of(await workspace.GetAreaCountsAsync(cancellationToken), result.Year);
        return new WorkspaceStatus(profile.Id, result.Year, profile.MaximumAgeYears, count, opgaven, indicators)
        {
            NotRanked = count - ranked,
            GemeentenLeftOut = gaps,
        };
    }
}
