namespace GeoOpgave.Core.Diagnostics;

/// <summary>One finding about a profile on the data, as a value.</summary>
/// <param name="Code">Stable code: <see cref="SharedIndicator"/>, <see cref="CorrelatedIndicators"/>,
/// <see cref="FewBuurten"/>, <see cref="CoarsePercentiles"/> or <see cref="SameEverywhere"/>.</param>
/// <param name="Text">The finding in Dutch, for a bestuurder.</param>
/// <param name="IndicatorIds">The indicators it is about (may be empty).</param>
/// <param name="OpgaveIds">The opgaven it is about, in profile order.</param>
public sealed record DiagnosticWarning(
    string Code,
    string Text,
    IReadOnlyList<string> IndicatorIds,
    IReadOnlyList<string> OpgaveIds
)
{
    /// <summary>One indicator counts in more than one opgave.</summary>
    public const string SharedIndicator = "indicator-in-meer-opgaven";

    /// <summary>Two indicators of different opgaven move together across the buurten.</summary>
    public const string CorrelatedIndicators = "indicatoren-hangen-samen";

    /// <summary>An opgave has a score in too few buurten.</summary>
    public const string FewBuurten = "opgave-weinig-buurten";

    /// <summary>Percentile ranks were computed over too few buurten to be fine-grained.</summary>
    public const string CoarsePercentiles = "percentielen-weinig-buurten";

    /// <summary>An indicator has one and the same value in every buurt that has one.</summary>
    public const string SameEverywhere = "indicator-overal-gelijk";
}
