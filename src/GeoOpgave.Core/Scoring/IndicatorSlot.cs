using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>One column of <see cref="NormalisedIndicators"/>: an indicator as it is used in one opgave.</summary>
/// <param name="Index">The column number; slots of one opgave are consecutive, in profile order.</param>
/// <param name="OpgaveIndex">Position of the opgave in the profile.</param>
/// <param name="IndicatorIndex">Position of the indicator within its opgave.</param>
public sealed record IndicatorSlot(
    int Index,
    int OpgaveIndex,
    int IndicatorIndex,
    string OpgaveId,
    OpgaveIndicator Indicator
);
