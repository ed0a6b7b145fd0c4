using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Areas;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Map;

/// <summary>Finds a buurt or wijk by name or code, and zooms to a gemeente or wijk.</summary>
public sealed partial class MapSearch
{
    private const int MaxSuggestions = 20;

    [Parameter, EditorRequired]
    public AnalysisResult Result { get; set; } = default!;

    /// <summary>Raised with the area to fit the map to.</summary>
    [Parameter]
    public EventCallback<ZoomTarget> OnZoom { get; set; }

    /// <summary>Raised with the buurtcode of the found buurt when the user adds it to the selection.</summary>
    [Parameter]
    public EventCallback<string> OnAdd { get; set; }

    private string Query { get; set; } = string.Empty;

    private string? Status { get; set; }

    private IReadOnlyList<Entry> Entries { get; set; } = [];

    // At national scale the full list would be tens of thousands of options in every page: suggest only what matches.
    private IEnumerable<Entry> Suggestions => Query.Trim() is { Length: >= 2 } query
        ? Entries.Where(e => e.Label.Contains(query, StringComparison.OrdinalIgnoreCase)).Take(MaxSuggestions)
        : [];

    protected override void OnParametersSet()
    {
        Entries = Result.Gemeenten.Select(g => Of(g, "gemeente"))
            .Concat(Result.Wijken.Select(w => Of(w, "wijk")))
            .Concat(Result.Buurten.Select(b => Of(b.Buurt, "buurt")))
            .ToArray();
    }

    private async Task SearchAsync()
    {
        if (Find() is { } match)
        {
            await OnZoom.InvokeAsync(TargetOf(match));
        }
    }

    private async Task AddAsync()
    {
        if (Find() is not { } match)
        {
            return;
        }

        if (!match.IsBuurt)
        {
            Status = $"{match.Label} is geen buurt; kies een buurt om toe te voegen.";
            return;
        }

        Status = $"Toegevoegd aan de selectie: {match.Label}.";
        await OnAdd.InvokeAsync(match.Code);
    }

    // Sets the status line; null when nothing matches.
    private Entry? Find()
    {
        var query = Query.Trim();
        var match = Entries.FirstOrDefault(e => string.Equals(e.Label, query, StringComparison.OrdinalIgnoreCase))
            ?? Entries.FirstOrDefault(e => string.Equals(e.Code, query, StringComparison.OrdinalIgnoreCase))
            ?? Entries.FirstOrDefault(e => string.Equals(e.Area.Name, query, StringComparison.OrdinalIgnoreCase))
            ?? Entries.FirstOrDefault(e =>
                query.Length > 1 && e.Area.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
            );
        if (match is null)
        {
            Status = query.Length == 0 ? "Typ een naam of code." : $"Geen buurt of wijk gevonden voor '{query}'.";
            return null;
        }

        Status = $"Gevonden: {match.Label}.";
        return match;
    }

    private async Task ZoomAsync(ChangeEventArgs e)
    {
        var code = e.Value?.ToString();
        if (Entries.FirstOrDefault(x => string.Equals(x.Code, code, StringComparison.Ordinal)) is { } match)
        {
            Status = $"Ingezoomd op {match.Label}.";
            await OnZoom.InvokeAsync(TargetOf(match));
        }
    }

    private ZoomTarget TargetOf(Entry entry) => entry.Area.Level switch
    {
        AreaLevel.Buurt => new ZoomTarget(entry.Label, [entry.Code], entry.Code),
        AreaLevel.Wijk => new ZoomTarget(entry.Label, Members(b => b.WijkCode == entry.Code), null),
        _ => new ZoomTarget(entry.Label, Members(b => b.GemeenteCode == entry.Code), null),
    };

    private string[] Members(Func<Area, bool> inArea) =>
        Result.Buurten.Where(b => inArea(b.Buurt)).Select(b => b.Buurt.Code).ToArray();

    private static Entry Of(Area area, string level) =>
        new(area.Code, $"{area.Name} ({level} {area.Code})", area, area.Level == AreaLevel.Buurt);

    private sealed record Entry(string Code, string Label, Area Area, bool IsBuurt);
}
