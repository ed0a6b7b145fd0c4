using System.Globalization;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>How the UI writes numbers and classes: Dutch formatting, "onbekend" for a missing value.</summary>
public static class DutchFormat
{
    /// <summary>The text shown for a missing value; missing is never shown as zero.</summary>
    public const string Onbekend = "onbekend";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A value with thousands separators and at most two decimals, e.g. 1234.5 → "1.234,5".</summary>
    public static string Number(double? value) =>
        value is { } v ? v.ToString("#,##0.##", Dutch) : Onbekend;

    /// <summary>A 0–100 score rounded to whole points.</summary>
    public static string Score(double? score) =>
        score is { } s ? s.ToString("N0", Dutch) : Onbekend;

    /// <summary>A priority rank (1 = first), or "—" for a buurt that is not ranked (rank 0 or null).</summary>
    public static string Rank(int? rank) =>
        rank is > 0 and var r ? r.ToString("N0", Dutch) : "—";

    /// <summary>A 0–1 share as a percentage, e.g. 0.75 → "75%".</summary>
    public static string Percentage(double share) =>
        (share * 100).ToString("N0", Dutch) + "%";

    /// <summary>The Dutch word of an urgentie class, the same word the API and the exports write.</summary>
    public static string Urgentie(UrgencyClass urgency) => AnalysisLayer.ClassName(urgency);
}
