using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Storage;

namespace GeoOpgave.Application.Analysis;

/// <summary>Scores the stored buurten with a profile: the use case behind the map, the API and <c>geoopgave analyse</c>.</summary>
public sealed class AnalysisService(WorkspaceStore store, ProfileCatalog profiles)
{
    /// <param name="profielId">The profile id; null for the default profile.</param>
    /// <param name="year">The CBS year; null for the latest year in the workspace.</param>
    /// <exception cref="GeoOpgaveException">The profile does not exist, or the workspace holds no buurten.</exception>
    public async Task<AnalysisResult> AnalyseAsync(string? profielId, CancellationToken cancellationToken, int? year = null)
    {
        var profile = profiles.Get(profielId);
        var buurten = await store.GetAreasAsync(AreaLevel.Buurt, year, cancellationToken);
        if (buurten.Count == 0)
        {
            throw new GeoOpgaveException("geen-buurten", "De werkruimte bevat nog geen buurten. Laad eerst gebieden (bijvoorbeeld met 'geoopgave demo').");
        }

        var actualYear = buurten[0].Year;
        var gemeenten = await store.GetAreasAsync(AreaLevel.Gemeente, actualYear, cancellationToken);
        var table = new IndicatorTable(await store.GetIndicatorValuesAsync(actualYear, cancellationToken));
        var scores = ScoreOpgaven.Run(new ScoringParameters(profile, buurten, table));

        var indicatorIds = profile.Opgaven.SelectMany(o => o.Indicators).Select(i => i.IndicatorId)
            .Distinct(StringComparer.Ordinal).ToArray();
        var analyses = buurten
            .Select((b, i) => new BuurtAnalysis(
                b,
                scores.Buurten[i],
                indicatorIds.ToDictionary(id => id, id => table.Get(b.Code, id), StringComparer.Ordinal)))
            .ToArray();
        return new AnalysisResult(profile, actualYear, gemeenten, analyses);
    }
}
