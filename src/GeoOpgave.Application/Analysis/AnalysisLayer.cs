using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Spatial;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The analysis as a feature layer (one feature per buurt, geometry in RD New) — what the API and the
/// exports write. Property names are stable: buurtcode, buurtnaam, wijkcode, gemeentecode, jaar,
/// profiel, overlap (urgent opgaven), bekende_opgaven (opgaven that are not onbekend: overlap is "x van y bekende
/// opgaven"), koppelkansen, prioriteit (1 = first; null when not ranked or
/// no opgave is known), niet_gerangschikt (why the buurt
/// is left out of the ranking, or null), gecombineerde_score (0–100 or null), hotspot
/// (see <see cref="HotSpotName"/>), and per opgave <c>urgentie_&lt;id&gt;</c> (hoog, midden, laag,
/// onbekend) and <c>score_&lt;id&gt;</c> (0–100 or null); per indicator of the profile its value (<c>&lt;id&gt;</c>),
/// the value's reference year (<c>&lt;id&gt;_jaar</c>) and, when it was converted from buurten of another indeling,
/// that indeling's year (<c>&lt;id&gt;_omgerekend_van</c>).
/// </summary>
public static class AnalysisLayer
{
    public static VectorLayer Build(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var features = result
            .Buurten.Select(b => (IFeature)new Feature(b.Buurt.Geometry, Attributes(result, b)))
            .ToArray();
        return new VectorLayer("buurten", Srid.RdNew, features);
    }

    /// <summary>The Dutch word of an urgency class, as the exports and the UI write it.</summary>
    public static string ClassName(UrgencyClass urgencyClass) => urgencyClass switch
    {
        UrgencyClass.Hoog => "hoog",
        UrgencyClass.Midden => "midden",
        UrgencyClass.Laag => "laag",
        _ => "onbekend",
    };

    /// <summary>The Dutch word of a Gi* outcome: hotspot, coldspot, niet-significant or onbekend.</summary>
    public static string HotSpotName(HotSpotClass? hotSpotClass) => hotSpotClass switch
    {
        HotSpotClass.HotSpot => "hotspot",
        HotSpotClass.ColdSpot => "coldspot",
        HotSpotClass.NotSignificant => "niet-significant",
        _ => "onbekend",
    };

    private static AttributesTable Attributes(AnalysisResult result, BuurtAnalysis b)
    {
        var attributes = new AttributesTable
        {
            { "buurtcode", b.Buurt.Code },
            { "buurtnaam", b.Buurt.Name },
            { "wijkcode", b.Buurt.WijkCode },
            { "gemeentecode", b.Buurt.GemeenteCode },
            { "jaar", (long)b.Buurt.Year },
            { "profiel", result.Profile.Id },
            { "overlap", (long)b.Score.Overlap },
            { "bekende_opgaven", (long)b.Score.KnownOpgaven },
            { "koppelkansen", string.Join(";", b.Score.Koppelkansen.Select(k => k.Id)) },
            { "prioriteit", b.Score.PriorityRank > 0 ? (long)b.Score.PriorityRank : null },
            { "niet_gerangschikt", b.Score.NotRankedReason },
            { "gecombineerde_score", b.Score.CombinedScore is { } c ? Math.Round(c, 2) : null },
            { "hotspot", HotSpotName(b.HotSpot?.Class) },
        };
        foreach (var opgave in b.Score.Opgaven)
        {
            attributes.Add($"urgentie_{opgave.OpgaveId}", ClassName(opgave.Class));
            attributes.Add($"score_{opgave.OpgaveId}", opgave.Score is { } s ? Math.Round(s, 2) : null);
        }

        // Every value with its reference year, and the indeling it was converted from when its code changed.
        foreach (var (id, value) in b.Indicators.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            var observation = b.Observations.GetValueOrDefault(id);
            attributes.Add(id, value is { } v ? Math.Round(v, 6) : null);
            attributes.Add($"{id}_jaar", observation is null ? null : (long)observation.Year);
            attributes.Add($"{id}_omgerekend_van", observation?.ConvertedFrom is { } from ? (long)from : null);
        }

        return attributes;
    }
}
