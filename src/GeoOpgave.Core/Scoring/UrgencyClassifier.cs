namespace GeoOpgave.Core.Scoring;

/// <summary>
/// The urgency rule: hoog from the urgent threshold, midden from the attention threshold, else laag;
/// a score within <see cref="OpgaveKernel.ScoreTolerance"/> below a threshold counts as on it.
/// </summary>
internal static class UrgencyClassifier
{
    public static UrgencyClass Classify(double score, double urgentThreshold, double attentionThreshold) => score switch
    {
        double.NaN => UrgencyClass.Onbekend,
        var s when OpgaveKernel.Reaches(s, urgentThreshold) => UrgencyClass.Hoog,
        var s when OpgaveKernel.Reaches(s, attentionThreshold) => UrgencyClass.Midden,
        _ => UrgencyClass.Laag,
    };
}
