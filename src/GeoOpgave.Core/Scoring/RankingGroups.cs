using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Which buurten of a scoring are ranked (see <see cref="RankingBase"/>), why the others are not, and the groups of
/// ranked buurten that the relative normalisations rank within. Row numbers index the buurten as given.
/// </summary>
public sealed class RankingGroups
{
    // The indicators that decide who is ranked and with whom.
    private static readonly string[] InputIds =
    [
        KerncijferIds.AantalInwoners,
        KerncijferIds.Woningvoorraad,
        KerncijferIds.OppervlakteWater,
        KerncijferIds.OppervlakteTotaal,
        KerncijferIds.Stedelijkheid,
        KerncijferIds.Water,
    ];

    private readonly string?[] _notRanked;
    private readonly IReadOnlyList<Area> _buurten;
    private readonly IndicatorColumn?[] _inputs;

    private RankingGroups(
        RankingBase rankingBase,
        string?[] notRanked,
        int[][] relative,
        int[] all,
        IReadOnlyList<Area> buurten,
        IndicatorColumn?[] inputs
    )
    {
        Base = rankingBase;
        _notRanked = notRanked;
        Relative = relative;
        All = [all];
        _buurten = buurten;
        _inputs = inputs;
    }

    /// <summary>The settings these groups follow.</summary>
    public RankingBase Base { get; }

    /// <summary>How many buurten are ranked.</summary>
    public int RankedCount => All[0].Length;

    /// <summary>How many buurten are left out of the ranking.</summary>
    public int NotRankedCount => _notRanked.Length - RankedCount;

    /// <summary>The groups a relative normalisation (per gemeente, min–max, z-score) ranks within: the
    /// reference.</summary>
    public IReadOnlyList<int[]> Relative { get; }

    /// <summary>One group of every ranked buurt: what a normalisation across gemeenten ranks within.</summary>
    public IReadOnlyList<int[]> All { get; }

    /// <summary>Why a buurt is not ranked, in Dutch ("minder dan 50 inwoners en 50 woningen (15 inwoners, 6
    /// woningen)"); null when it is.</summary>
    public string? NotRankedReason(int buurt) => _notRanked[buurt];

    /// <summary>The reference in Dutch, as the overview shows it: "de buurten van dezelfde gemeente".</summary>
    public string ReferenceText => Base.Reference switch
    {
        RankingReference.Alle => "alle geladen buurten",
        RankingReference.Stedelijkheid => "de geladen buurten met dezelfde stedelijkheid (CBS-klasse 1–5)",
        _ => "de buurten van dezelfde gemeente",
    };

    /// <summary>Decides, per buurt, whether it is ranked, and groups the ranked ones by the reference.</summary>
    /// <param name="previous">
    /// Groups to return as they are when they were made from the same buurten list and the same column objects of
    /// the indicators that decide the ranking (a table import that brings other indicators leaves them alone).
    /// </param>
    public static RankingGroups Of(
        IReadOnlyList<Area> buurten,
        IndicatorTable indicators,
        RankingBase rankingBase,
        RankingGroups? previous = null
    )
    {
        ArgumentNullException.ThrowIfNull(buurten);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(rankingBase);
        var inputs = Array.ConvertAll(InputIds, indicators.Column);
        if (
            previous is not null
            && ReferenceEquals(previous._buurten, buurten)
            && previous.Base == rankingBase
            && inputs.AsSpan().SequenceEqual(previous._inputs, ReferenceEqualityComparer.Instance)
        )
        {
            return previous;
        }

        var notRanked = buurten.Select(b => ReasonOf(b.Code, indicators, rankingBase)).ToArray();
        var ranked = Enumerable.Range(0, buurten.Count).Where(i => notRanked[i] is null).ToArray();
        int[][] relative = rankingBase.Reference switch
        {
            RankingReference.Alle => [ranked],
            RankingReference.Stedelijkheid => GroupBy(ranked, i => StedelijkheidOf(buurten[i], indicators)),
            _ => GroupBy(ranked, i => buurten[i].GemeenteCode),
        };
        return new RankingGroups(rankingBase, notRanked, relative, ranked, buurten, inputs);
    }

    private static int[][] GroupBy(int[] rows, Func<int, string> key) => rows
        .GroupBy(key, StringComparer.Ordinal)
        .Select(g => g.ToArray())
        .ToArray();

    // A buurt without a known class is ranked with its own gemeente's unclassified buurten rather than with every
    // class at once.
    private static string StedelijkheidOf(Area buurt, IndicatorTable indicators) =>
        Known(indicators.Get(buurt.Code, KerncijferIds.Stedelijkheid)) is { } c and >= 1 and <= 5
            ? FormattableString.Invariant($"klasse {Math.Round(c)}")
            : "gemeente " + buurt.GemeenteCode;

    private static string? ReasonOf(string code, IndicatorTable indicators, RankingBase rankingBase)
    {
        var residents = Known(indicators.Get(code, KerncijferIds.AantalInwoners));
        var dwellings = Known(indicators.Get(code, KerncijferIds.Woningvoorraad));
        var fewResidents = residents < rankingBase.MinimumResidents;
        var fewDwellings = dwellings < rankingBase.MinimumDwellings;
        if (
            (residents is not null || dwellings is not null)
            && (residents is null || fewResidents)
            && (dwellings is null || fewDwellings)
        )
        {
            return FewPeople(residents, dwellings, rankingBase);
        }

        if (Known(indicators.Get(code, KerncijferIds.Water)) is 1)
        {
            return "water (volgens CBS)";
        }

        var water = Known(indicators.Get(code, KerncijferIds.OppervlakteWater));
        var surface = Known(indicators.Get(code, KerncijferIds.OppervlakteTotaal));
        if (water is { } w && surface is { } s and > 0 && w / s > rankingBase.MaximumWaterShare)
        {
            return $"grotendeels water ({Number(w / s * 100)} % van het oppervlak)";
        }

        return null;
    }

    private static string FewPeople(double? residents, double? dwellings, RankingBase rankingBase)
    {
        var limits = (residents, dwellings) switch
        {
            (not null, not null) =>
                $"minder dan {Number(rankingBase.MinimumResidents)} inwoners en {Number(rankingBase.MinimumDwellings)} woningen",
            (not null, null) => $"minder dan {Number(rankingBase.MinimumResidents)} inwoners",
            _ => $"minder dan {Number(rankingBase.MinimumDwellings)} woningen",
        };
        var counts = string.Join(", ", new[]
        {
            residents is { } r ? $"{Number(r)} inwoners" : null,
            dwellings is { } d ? $"{Number(d)} woningen" : null,
        }.OfType<string>());
        return $"{limits} ({counts})";
    }

    // CBS sentinels are gone by the time values reach a table, but a negative count is no count either.
    private static double? Known(double? value) => value is { } v && double.IsFinite(v) && v >= 0 ? v : null;

    private static string Number(double value) => value.ToString("N0", DutchText.Culture);
}
