using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// The raw and normalised (0–100, 100 = most urgent) value of every indicator of a profile in every
/// buurt, held as dense columns (one per <see cref="IndicatorSlot"/>) so that rescoring with other
/// weights is a handful of weighted sums. Built once by <see cref="NormaliseIndicators"/>; immutable.
/// </summary>
public sealed class NormalisedIndicators
{
    private readonly double[] _raw;
    private readonly double[] _values;
    private readonly double[] _known;
    private readonly int[] _opgaveStart;
    private readonly bool[] _keyKnown;

    internal NormalisedIndicators(
        Profile profile,
        string[] buurtCodes,
        IndicatorSlot[] slots,
        double[] raw,
        double[] normalised,
        RankingGroups ranking
    )
    {
        Profile = profile;
        Ranking = ranking;
        BuurtCodes = buurtCodes;
        Slots = slots;
        _raw = raw;
        _values = new double[normalised.Length];
        _known = new double[normalised.Length];
        for (var i = 0; i < normalised.Length; i++)
        {
            // Missing becomes weight 0 in the sums through _known, never a value of 0.
            var missing = double.IsNaN(normalised[i]);
            _values[i] = missing ? 0 : normalised[i];
            _known[i] = missing ? 0 : 1;
        }

        _opgaveStart = new int[profile.Opgaven.Count + 1];
        for (var o = 0; o < profile.Opgaven.Count; o++)
        {
            _opgaveStart[o + 1] = _opgaveStart[o] + profile.Opgaven[o].Indicators.Count;
        }

        _keyKnown = KeyKnown(profile, _known, buurtCodes.Length);
    }

    public Profile Profile { get; }

    /// <summary>Which buurten are ranked and among which others; the buurten that are not have no normalised
    /// values.</summary>
    public RankingGroups Ranking { get; }

    /// <summary>The buurt codes, in the order the buurten were given; row numbers below index this list.</summary>
    public IReadOnlyList<string> BuurtCodes { get; }

    public int BuurtCount => BuurtCodes.Count;

    /// <summary>Every opgave's indicators in profile order.</summary>
    public IReadOnlyList<IndicatorSlot> Slots { get; }

    /// <summary>The raw value in the indicator's unit, or null when unknown.</summary>
    public double? Raw(int buurt, int slot) => AsNullable(_raw[Offset(buurt, slot)]);

    /// <summary>The normalised value (0–100, 100 = most urgent), or null when the raw value is unknown.</summary>
    public double? Normalised(int buurt, int slot)
    {
        var i = Offset(buurt, slot);
        return _known[i] > 0 ? _values[i] : null;
    }

    /// <summary>
    /// Per slot the buurt-ordered raw column it was normalised from (null: the indicator had no values); null when
    /// not known. An equal array with the same ranking gives the same normalised column.
    /// </summary>
    internal double[]?[]? Sources { get; init; }

    /// <summary>Names this normalisation for a later one that takes its columns over, without keeping it
    /// alive.</summary>
    internal object Identity { get; } = new();

    /// <summary>The <see cref="Identity"/> of the earlier normalisation whose columns were taken over where their
    /// sources were the same.</summary>
    internal object? Base { get; init; }

    /// <summary>Whether <paramref name="slot"/> was normalised from <paramref name="source"/>, the very
    /// array.</summary>
    internal bool NormalisedFrom(int slot, double[]? source) => Sources is { } s && ReferenceEquals(s[slot], source);

    /// <summary>
    /// Whether every indicator of <paramref name="opgave"/> was taken over from <paramref name="previous"/>, so that
    /// with the same weights its scores are the same as there.
    /// </summary>
    internal bool OpgaveSameAs(NormalisedIndicators previous, int opgave)
    {
        if (ReferenceEquals(this, previous))
        {
            return true;
        }

        if (!ReferenceEquals(Base, previous.Identity) || Sources is null)
        {
            return false;
        }

        for (var slot = OpgaveSlotStart(opgave); slot < OpgaveSlotEnd(opgave); slot++)
        {
            if (!previous.NormalisedFrom(slot, Sources[slot]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The normalised values of a slot, NaN where missing.</summary>
    internal void CopyNormalised(int slot, Span<double> target)
    {
        var values = ValueColumn(slot);
        var known = KnownColumn(slot);
        for (var b = 0; b < target.Length; b++)
        {
            target[b] = known[b] > 0 ? values[b] : double.NaN;
        }
    }

    /// <summary>The profile's weights, one per slot: the starting point for perturbed or edited weights.</summary>
    public double[] ProfileWeights() => Slots.Select(s => s.Indicator.Weight).ToArray();

    /// <summary>
    /// Per buurt whether one of the opgave's key indicators (see <see cref="OpgaveDefinition.KeyIndicatorIds"/>) has
    /// data; where none does, the opgave is onbekend whatever the coverage.
    /// </summary>
    internal ReadOnlySpan<bool> KeyKnownColumn(int opgave) => _keyKnown.AsSpan(opgave * BuurtCount, BuurtCount);

    internal int OpgaveSlotStart(int opgave) => _opgaveStart[opgave];

    internal int OpgaveSlotEnd(int opgave) => _opgaveStart[opgave + 1];

    /// <summary>Normalised values of a slot, 0 where missing (read together with <see cref="KnownColumn"/>).</summary>
    internal ReadOnlySpan<double> ValueColumn(int slot) => _values.AsSpan(slot * BuurtCount, BuurtCount);

    /// <summary>1 where the slot has a value, 0 where it is missing.</summary>
    internal ReadOnlySpan<double> KnownColumn(int slot) => _known.AsSpan(slot * BuurtCount, BuurtCount);

    internal ReadOnlySpan<double> RawColumn(int slot) => _raw.AsSpan(slot * BuurtCount, BuurtCount);

    private int Offset(int buurt, int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(buurt);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(buurt, BuurtCount);
        return (slot * BuurtCount) + buurt;
    }

    private static double? AsNullable(double v) => double.IsNaN(v) ? null : v;

    private bool[] KeyKnown(Profile profile, double[] known, int n)
    {
        var keyKnown = new bool[profile.Opgaven.Count * n];
        for (var o = 0; o < profile.Opgaven.Count; o++)
        {
            var opgave = profile.Opgaven[o];
            var keys = opgave.KeyIndicatorIds();
            var column = keyKnown.AsSpan(o * n, n);
            if (keys.Count == 0)
            {
                column.Fill(true);
                continue;
            }

            for (var j = 0; j < opgave.Indicators.Count; j++)
            {
                if (!keys.Contains(opgave.Indicators[j].IndicatorId))
                {
                    continue;
                }

                var slot = known.AsSpan((_opgaveStart[o] + j) * n, n);
                for (var b = 0; b < n; b++)
                {
                    column[b] |= slot[b] > 0;
                }
            }
        }

        return keyKnown;
    }
}
