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

    // The slider spans the years of the works the analysis found in the buurten; a new profile keeps a period that still fits.
    private void LoadWorks()
    {
        var works = Result?.Werken?.Works.Select(r => r.Work).DistinctBy(w => w.Id).ToArray() ?? [];
        var span = WorksPeriod.Of(works);
        Period = span is not null && Period is { } old && old.First == span.First && old.Last == span.Last ? old : span;
        WorksColours = Result is null ? new Dictionary<string, string>() : WerksoortPalette.ById(Result.Profile);
        var names = (Result?.Profile.Werksoorten ?? []).ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        WorkSoorten = works.Select(w => w.Soort).Distinct(StringComparer.Ordinal)
            .Select(id => new TimelineSoort(names.GetValueOrDefault(id) ?? id, WorksColours.GetValueOrDefault(id) ?? WerksoortPalette.Unknown))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
    }

    private void ChangePeriod(WorksPeriod period)
    {
        Period = period;
        WorksShown = null;
    }

    private void ShowWorksCount(int count) => WorksShown = count;
}
