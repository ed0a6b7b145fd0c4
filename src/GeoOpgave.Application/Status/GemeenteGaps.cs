using System.Globalization;
using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Status;

/// <summary>
/// Finds the gemeenten whose areas are in the workspace but whose buurten are not of the year analysed: a kaart of
/// another year (Ermelo's 2021 next to Baarn's 2024) or of wijken only. The analysis works per buurt of one year, so
/// such a gemeente is missing from the map, the exports and the agenda without a word unless it is said here.
/// </summary>
internal static class GemeenteGaps
{
    public static IReadOnlyList<GemeenteGap> Of(IReadOnlyList<AreaCount> counts, int year) =>
        counts
            .GroupBy(c => c.GemeenteCode, StringComparer.Ordinal)
            .Where(g => !g.Any(c => c.Level == AreaLevel.Buurt && c.Year == year))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var name = g.Select(c => c.GemeenteName).FirstOrDefault(n => n is not null) ?? g.Key;
                var years = g.Where(c => c.Level == AreaLevel.Buurt).Select(c => c.Year).Distinct().Order().ToList();
                return new GemeenteGap(g.Key, name, years, Message(g.Key, name, years, year));
            })
            .ToList();

    private static string Message(string code, string name, IReadOnlyList<int> buurtYears, int year)
    {
        var who = name == code ? code : $"{name} ({code})";
        var shown = year.ToString(CultureInfo.InvariantCulture);
        if (buurtYears.Count == 0)
        {
            return $"{who} heeft wijken of een gemeentegrens maar geen buurten; de analyse rekent per buurt en laat "
                + $"de gemeente weg. Importeer de buurten van {name} (een wijk- en buurtkaart met buurten).";
        }

        var years = string.Join(", ", buurtYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        return $"{who} heeft buurten van {years}, niet van {shown}; de analyse van {shown} laat de gemeente weg. "
            + $"Importeer de wijk- en buurtkaart {shown} van {name}; de buurten van {years} blijven bewaard.";
    }
}
