using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GeoOpgave.Web.Components.Map;

/// <summary>The planned works drawn over the buurten, for the period the map's slider chose.</summary>
public sealed partial class BuurtMap
{
    private string? _shownWorks;
    private IReadOnlyDictionary<string, int>? _shownCounts;

    /// <summary>The planned works to draw, a GeoJSON URL relative to the page (<c>api/werken?van=&amp;tot=</c>); null
    /// draws none.</summary>
    [Parameter]
    public string? WorksUrl { get; set; }

    /// <summary>The line colour of each werksoort, by id.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> WorksColours { get; set; } = new Dictionary<string, string>();

    /// <summary>Raised with the number of works drawn once the works of <see cref="WorksUrl"/> are on the
    /// map.</summary>
    [Parameter]
    public EventCallback<int> OnWorksShown { get; set; }

    /// <summary>Per buurtcode the number of works in the period, added to the buurt's tooltip; a buurt without any is
    /// left out.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, int> WorkCounts { get; set; } = new Dictionary<string, int>();

    /// <summary>The period the counts are of, e.g. "2026–2031".</summary>
    [Parameter]
    public string? WorkPeriodText { get; set; }

    private async Task CountWorksAsync()
    {
        // Nothing to tell a map that never had counts: a workspace without works makes no call at all.
        if (ReferenceEquals(_shownCounts, WorkCounts) || (_shownCounts is null && WorkCounts.Count == 0))
        {
            return;
        }

        _shownCounts = WorkCounts;
        await _map!.TryInvokeVoidAsync("countWorks", WorkCounts, WorkPeriodText);
    }

    private async Task ShowWorksAsync()
    {
        if (string.Equals(_shownWorks, WorksUrl, StringComparison.Ordinal))
        {
            return;
        }

        var url = _shownWorks = WorksUrl;
        int count;
        try
        {
            count = await _map!.InvokeAsync<int>("showWorks", url, WorksColours);
        }
        catch (JSException)
        {
            ErrorMessage = "De geplande werken konden niet worden geladen. Probeer de pagina opnieuw te laden.";
            StateHasChanged();
            return;
        }
        catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
        {
            return;
        }

        // A later period may have been asked for meanwhile; the module then answers -1 and only its count counts.
        if (count >= 0 && string.Equals(_shownWorks, url, StringComparison.Ordinal))
        {
            await OnWorksShown.InvokeAsync(count);
        }
    }
}
