using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// Monte-Carlo robustness of a profile's priority selection: perturbs the weights and counts per buurt how often it
/// stays in the top k. Kept apart from the analysis because it costs more (about a second for 1,000 runs nationally).
/// </summary>
public sealed class SensitivityService(AnalysisService analysis)
{
    /// <summary>A buurt that stays in at least this share of the runs counts as firmly selected.</summary>
    public const double FirmShare = 0.9;

    /// <exception cref="GeoOpgaveException">
    /// A parameter out of range (code "parameter-ongeldig"), an unknown profiel or an empty workspace.
    /// </exception>
    public async Task<SensitivityReport> RunAsync(SensitivityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ParameterIssue.ThrowIfAny(request.Validate());

        var profile = analysis.Profile(request.Profiel);
        var snapshot = await analysis.LoadAsync(request.Year, cancellationToken);
        var scoring = new ScoringParameters(profile, snapshot.Buurten, snapshot.IndicatorsFor(profile.MaximumAgeYears));
        var matrix = NormaliseIndicators.Run(scoring);
        var result = AnalyseSensitivity.Run(new SensitivityParameters(matrix, request.TopK)
        {
            Runs = request.Runs,
            Perturbation = request.Perturbation,
            Seed = request.Seed,
        });

        var areas = snapshot.Buurten.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var buurten = result.Buurten
            .Where(b => b.InBaseTopK || b.RunsInTopK > 0)
            .OrderBy(b => b.BaseRank)
            .Select(b => new BuurtSensitivity(
                b.BuurtCode,
                areas[b.BuurtCode].Name,
                areas[b.BuurtCode].WijkCode,
                b.BaseRank,
                b.InBaseTopK,
                b.RunsInTopK,
                b.ShareInTopK
            ))
            .ToArray();
        var variations = AnalyseVariations.Run(matrix, AnalyseVariations.Standard(scoring, matrix), request.TopK)
            .OrderBy(v => v.Kept)
            .ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToArray();
        return new SensitivityReport(
            ProfileInfo.Of(profile),
            snapshot.Year,
            result.Runs,
            result.Perturbation,
            result.TopK,
            request.Seed,
            result.BaseSelectionStability,
            Conclusion(result, buurten) + " " + Strongest(variations, result.TopK, areas),
            buurten
        )
        {
            Variations = variations,
        };
    }

    private static string Strongest(
        IReadOnlyList<VariationOutcome> variations,
        int topK,
        Dictionary<string, Area> areas
    )
    {
        if (variations.Count == 0 || variations[0].Left.Count == 0)
        {
            return $"Geen van de keuzes in de methode (drempel ±{Number(AnalyseVariations.ThresholdStep)}, normalisatie, een indicator weglaten) verandert de top {Number(topK)}.";
        }

        var strongest = variations[0];
        var names = string.Join(", ", strongest.Left.Take(3).Select(c => areas[c].Name));
        return $"De keuze die de top {Number(topK)} het meest verandert is '{strongest.Name}': {Number(strongest.Left.Count)} van de "
            + $"{Number(strongest.Kept + strongest.Left.Count)} buurten vallen er dan uit ({names}{(strongest.Left.Count > 3 ? ", …" : string.Empty)}).";
    }

    private static string Conclusion(SensitivityResult result, IReadOnlyList<BuurtSensitivity> buurten)
    {
        var selected = buurten.Count(b => b.InBaseTopK);
        var firm = buurten.Count(b => b.InBaseTopK && b.ShareInTopK >= FirmShare);
        return $"Van de {Number(selected)} buurten in de top {Number(result.TopK)} blijven er {Number(firm)} in minstens "
            + $"{Number(FirmShare * 100)} % van de {Number(result.Runs)} doorrekeningen in de top, ook als het belang van elke indicator "
            + $"tot {Number(result.Perturbation * 100)} % anders wordt gekozen; "
            + $"{Number(buurten.Count - selected)} andere buurten komen er soms in.";
    }

    private static string Number(double value) => value.ToString("N0", DutchText.Culture);
}
