using GeoOpgave.Core.Diagnostics;

namespace GeoOpgave.Application.Analysis;

/// <summary>Diagnoses an <see cref="AnalysisResult"/> with <see cref="DiagnoseProfile"/>: the same buurten, values and
/// scores.</summary>
public static class AnalysisDiagnostics
{
    /// <exception cref="ArgumentException">The result carries no normalised indicator matrix (it was built by
    /// hand).</exception>
    public static DiagnosticsReport Report(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var normalised = result.Normalised
            ?? throw new ArgumentException("Diagnostics need the analysis's normalised indicators.", nameof(result));
        var diagnostics = DiagnoseProfile.Run(
            new DiagnosticsParameters(result.Buurten.Select(b => b.Buurt).ToArray(), normalised, result.Scoring)
        );
        var names = result.Profile.Opgaven.ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        return new DiagnosticsReport(
            ProfileInfo.Of(result.Profile),
            result.Year,
            result.Buurten.Count,
            diagnostics
                .Opgaven.Select(o => new OpgaveDiagnostics(
                    o.OpgaveId,
                    names[o.OpgaveId],
                    o.ShareHoog,
                    o.ShareMidden,
                    o.ShareLaag,
                    o.ShareOnbekend,
                    o.WithData
                ))
                .ToArray(),
            diagnostics
                .Pairs.Select(p => new PairDiagnostics(
                    p.OpgaveA,
                    p.OpgaveB,
                    p.Observed,
                    p.Expected,
                    p.Lift,
                    p.BothKnown,
                    p.BothUrgent
                ))
                .ToArray(),
            diagnostics
                .Warnings.Select(w => new WarningDiagnostics(w.Code, w.Text, w.IndicatorIds, w.OpgaveIds))
                .ToArray(),
            new RankingDiagnostics(
                normalised.Ranking.ReferenceText,
                normalised.Ranking.RankedCount,
                result.Buurten
                    .Where(b => b.Score.NotRankedReason is not null)
                    .Select(b => new NotRankedBuurt(b.Buurt.Code, b.Buurt.Name, b.Score.NotRankedReason!))
                    .ToArray(),
                result.Buurten.Count(b => b.Score.NotRankedReason is null && b.Score.PriorityRank == 0)));
    }
}
