using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Indicators that CBS publishes as counts but that only compare between buurten as rates: derived
/// here, whenever kerncijfers land, so a profile can use them. A rate is unknown when either count is.
/// </summary>
public static class KerncijferRates
{
    public const string BijstandPer1000 = "bijstand_per_1000_inwoners";

    private const string Inwoners = "aantal_inwoners";
    private const string Bijstand = "aantal_personen_met_een_alg_bijstandsuitkering_tot";

    /// <summary>The derived values for every area and year that has an <c>aantal_inwoners</c> row.</summary>
    public static IEnumerable<IndicatorValue> Derive(IReadOnlyList<IndicatorValue> kerncijfers)
    {
        ArgumentNullException.ThrowIfNull(kerncijfers);
        var counts = kerncijfers
            .Where(v => v.IndicatorId is Inwoners or Bijstand)
            .ToDictionary(v => (v.AreaCode, v.Year, v.IndicatorId), v => v.Value);
        foreach (var ((area, year, indicator), inwoners) in counts.Where(c => c.Key.IndicatorId == Inwoners))
        {
            var bijstand = counts.GetValueOrDefault((area, year, Bijstand));
            double? rate = inwoners is > 0 && bijstand is { } b ? Math.Round(b / inwoners.Value * 1000, 4) : null;
            yield return new IndicatorValue(area, BijstandPer1000, year, rate);
        }
    }
}
