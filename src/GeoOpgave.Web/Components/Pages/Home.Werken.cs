using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Components.Timeline;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>The map page's planned works: the period slider and what the map draws for it.</summary>
public sealed partial class Home
{
    private WorksPeriod? Period { get; set; }

    private int? WorksShown { get; set; }

    private IReadOnlyDictionary<string, string> WorksColours { get; set; } = new Dictionary<string, string>();

    private IReadOnlyList<TimelineSoort> WorkSoorten { get; set; } = [];

    // The slider spans the years of the works the analysis found in the buurten; a new profile keeps a period that
    // still fits.
    private void LoadWorks()
    {
        var works = Result?.Werken?.Works.Select(r => r.Work).DistinctBy(w => w.Id).ToArray() ?? [];
        var span = WorksPeriod.Of(works);
        Period = span is not null && Period is { } old && old.First == span.First && old.Last == span.Last ? old : span;
        CountWorks();
        WorksColours = Result is null ? new Dictionary<string, string>() : WerksoortPalette.ById(Result.Profile);
        var names = (Result?.Profile.Werksoorten ?? []).ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        WorkSoorten = works
            .Select(w => w.Soort)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new TimelineSoort(
                names.GetValueOrDefault(id) ?? id,
                WorksColours.GetValueOrDefault(id) ?? WerksoortPalette.Unknown
            ))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
    }

    // Per buurt the works of the period, for the buurt's tooltip; a new dictionary per period, so the map sees the
    // change.
    private IReadOnlyDictionary<string, int> WorkCounts { get; set; } = new Dictionary<string, int>();

    private void ChangePeriod(WorksPeriod period)
    {
        Period = period;
        WorksShown = null;
        CountWorks();
    }

    private void CountWorks() =>
        WorkCounts =
            Period is not { } period || Result?.Werken is not { } werken
                ? new Dictionary<string, int>()
                : werken
                    .Works.Where(r => r.Work.Overlaps(period.Van, period.Tot))
                    .GroupBy(r => r.Buurtcode, StringComparer.Ordinal)
                    .ToDictionary(
                        g => g.Key,
                        g => g.Select(r => r.Work.Id).Distinct(StringComparer.Ordinal).Count(),
                        StringComparer.Ordinal
                    );

    private void ShowWorksCount(int count) => WorksShown = count;
}
