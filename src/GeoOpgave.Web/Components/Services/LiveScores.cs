using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Web.Components.Services;

/// <summary>
/// Per buurt the score of every opgave and the overlap, either as analysed or rescored with a planner's weights and
/// urgent threshold. Rescoring reuses <see cref="AnalysisResult.Normalised"/>, so a slider move costs milliseconds.
/// </summary>
public sealed class LiveScores
{
    private readonly double?[][] _scores;
    private readonly int[] _overlap;
    private readonly int[] _known;
    private readonly string?[] _notRanked;

    private LiveScores(
        Profile profile,
        IReadOnlyList<string> codes,
        double?[][] scores,
        int[] overlap,
        string?[] notRanked
    )
    {
        Profile = profile;
        Codes = codes;
        _scores = scores;
        _overlap = overlap;
        _notRanked = notRanked;
        _known = Enumerable.Range(0, codes.Count).Select(b => scores.Count(column => column[b] is not null)).ToArray();
    }

    public Profile Profile { get; }

    /// <summary>The buurtcodes; index i of every other list is the buurt with code i.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Per buurt how many opgaven reach the urgent threshold (onbekend never counts).</summary>
    public IReadOnlyList<int> Overlap => _overlap;

    /// <summary>Per buurt how many opgaven are known (have a score): the y of "x van y bekende opgaven
    /// urgent".</summary>
    public IReadOnlyList<int> Known => _known;

    /// <summary>Per buurt why it is not ranked (see <see cref="BuurtScore.NotRankedReason"/>), or null when it
    /// is.</summary>
    public IReadOnlyList<string?> NotRanked => _notRanked;

    /// <summary>The scores (0–100, null = onbekend) of the opgave at this profile position.</summary>
    public IReadOnlyList<double?> ScoresOf(int opgave) => _scores[opgave];

    /// <summary>The scores exactly as the analysis made them.</summary>
    public static LiveScores FromAnalysis(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var opgaven = result.Profile.Opgaven.Count;
        var scores = Enumerable.Range(0, opgaven)
            .Select(o => result.Buurten.Select(b => b.Score.Opgaven[o].Score).ToArray())
            .ToArray();
        return new LiveScores(
            result.Profile,
            result.Buurten.Select(b => b.Buurt.Code).ToArray(),
            scores,
            result.Buurten.Select(b => b.Score.Overlap).ToArray(),
            result.Buurten.Select(b => b.Score.NotRankedReason).ToArray());
    }

    /// <summary>
    /// Rescored with one weight per indicator slot and one urgent threshold (0–100) for every opgave that has no
    /// threshold of its own in the profile; while it is the profile's threshold, a calibrated share still applies.
    /// </summary>
    public static LiveScores Rescore(NormalisedIndicators matrix, IReadOnlyList<double> weights, double urgentThreshold)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var result = RescoreOpgaven.Run(new RescoreParameters(matrix) { Weights = weights });
        var n = matrix.BuurtCount;
        var opgaven = matrix.Profile.Opgaven.Count;
        var scores = new double?[opgaven][];
        var overlap = new int[n];
        for (var o = 0; o < opgaven; o++)
        {
            // Until the planner moves the threshold, the profile's own rule applies, a calibrated share included.
            var definition = matrix.Profile.Opgaven[o];
            var threshold =
                urgentThreshold.Equals(matrix.Profile.UrgentThreshold) || definition.UrgentThreshold is not null
                    ? result.ThresholdsOf(o).Urgent
                    : urgentThreshold;
            scores[o] = new double?[n];
            for (var b = 0; b < n; b++)
            {
                var score = result.Score(o, b);
                scores[o][b] = score;
                overlap[b] += score >= threshold ? 1 : 0;
            }
        }

        var notRanked = Enumerable.Range(0, n).Select(matrix.Ranking.NotRankedReason).ToArray();
        return new LiveScores(matrix.Profile, matrix.BuurtCodes, scores, overlap, notRanked);
    }
}
