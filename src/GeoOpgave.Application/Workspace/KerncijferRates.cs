using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Indicators that CBS or a third party publishes in another form than a profile compares them in: a count that
/// only compares between buurten as a rate, or the complement of a share. Derived here whenever kerncijfers or a
/// table land, per area and year. A derived value is unknown when what it is derived from is.
/// </summary>
public static class KerncijferRates
{
    public const string BijstandPer1000 = "bijstand_per_1000_inwoners";
    public const string BouwjaarTot2000 = "percentage_bouwjaarklasse_tot_2000";
    public const string Leegstand = "percentage_leegstand_woningen";

    private const string Bijstand = "aantal_personen_met_een_alg_bijstandsuitkering_tot";
    private const string BouwjaarVanaf2000 = "percentage_bouwjaarklasse_vanaf_2000";
    private const string Bewoond = "percentage_bewoond";

    /// <summary>
    /// The derived values: bijstand per 1 000 inwoners for every area and year with rows of both counts,
    /// and the share of dwellings built before 2000 and of empty dwellings from their complements where the input
    /// has no row of its own for them.
    /// </summary>
    public static IEnumerable<IndicatorValue> Derive(IReadOnlyList<IndicatorValue> kerncijfers)
    {
        ArgumentNullException.ThrowIfNull(kerncijfers);
        var counts = kerncijfers
            .Where(v =>
                v.IndicatorId
                    is KerncijferIds.AantalInwoners
                        or Bijstand
                        or BijstandPer1000
                        or BouwjaarVanaf2000
                        or Bewoond
                        or BouwjaarTot2000
                        or Leegstand
            )
            .GroupBy(v => (v.AreaCode, v.Year, v.IndicatorId))
            .ToDictionary(g => g.Key, g => g.Last().Value);
        foreach (var ((area, year, indicator), value) in counts)
        {
            switch (indicator)
            {
                case KerncijferIds.AantalInwoners
                    when counts.TryGetValue((area, year, Bijstand), out var bijstand)
                        && !counts.ContainsKey((area, year, BijstandPer1000)):
                    double? rate = value is > 0 && bijstand is { } b ? Math.Round(b / value.Value * 1000, 4) : null;
                    yield return new IndicatorValue(area, BijstandPer1000, year, rate);
                    break;
                case BouwjaarVanaf2000 when !counts.ContainsKey((area, year, BouwjaarTot2000)):
                    yield return new IndicatorValue(area, BouwjaarTot2000, year, 100 - value);
                    break;
                case Bewoond when !counts.ContainsKey((area, year, Leegstand)):
                    yield return new IndicatorValue(area, Leegstand, year, 100 - value);
                    break;
            }
        }
    }
}
