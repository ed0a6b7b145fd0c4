using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// The Leaflet map of the buurten, coloured by overlap. The JS module fetches <see cref="DataUrl"/> itself and
/// reports a clicked buurt back through <see cref="OnBuurtClicked"/>.
/// </summary>
public sealed partial class BuurtMap : IAsyncDisposable
{
    /// <summary>PDOK BRT-Achtergrondkaart, grey variant, in Web Mercator.</summary>
    public const string TileUrl = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png";

    /// <summary>The attribution PDOK asks for.</summary>
    public const string Attribution = "Kaartgegevens © Kadaster";

    private const string ModulePath = "./Components/Map/BuurtMap.razor.js";

    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private DotNetObjectReference<BuurtMap>? _self;
    private string? _requestedUrl;
    private string? _shownSelection;
    private MapPaint? _shownPaint;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The GeoJSON of the buurten, relative to the page (e.g. "api/buurten?profiel=standaard").</summary>
    [Parameter, EditorRequired]
    public string DataUrl { get; set; } = string.Empty;

    /// <summary>The code of the buurt to outline as selected, or null for none.</summary>
    [Parameter]
    public string? SelectedCode { get; set; }

    /// <summary>Raised with the buurtcode when the user clicks a buurt.</summary>
    [Parameter]
    public EventCallback<string> OnBuurtSelected { get; set; }

    /// <summary>Raised with the buurtcode when the user shift-clicks a buurt (adds it to a multi-selection).</summary>
    [Parameter]
    public EventCallback<string> OnBuurtAdded { get; set; }

    /// <summary>The fills and tooltips to show; null keeps the overlap colours of the GeoJSON.</summary>
    [Parameter]
    public MapPaint? Paint { get; set; }

    /// <summary>A short description of what the map shows, read out to screen-reader users.</summary>
    [Parameter]
    public string Description { get; set; } = "Kaart van de buurten, gekleurd naar het aantal urgente opgaven";

    private string State { get; set; } = "laden";

    private string? ErrorMessage { get; set; }

    /// <summary>Called by the JS module when a buurt is clicked.</summary>
    [JSInvokable]
    public Task OnBuurtClicked(string code, bool shift = false) =>
        shift && OnBuurtAdded.HasDelegate ? OnBuurtAdded.InvokeAsync(code) : OnBuurtSelected.InvokeAsync(code);

    /// <summary>Fits the map to these buurten; false when none of them is on the map (or the map is not ready).</summary>
    public async Task<bool> ZoomToAsync(IReadOnlyList<string> codes)
    {
        if (_map is null || codes.Count == 0)
        {
            return false;
        }

        try
        {
            return await _map.InvokeAsync<bool>("zoomTo", codes);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_map is not null)
        {
            await _map.TryInvokeVoidAsync("dispose");
        }

        await _map.TryDisposeAsync();
        await _module.TryDisposeAsync();
        _self?.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await CreateMapAsync();
        }

        if (_map is null)
        {
            return;
        }

        if (!string.Equals(_requestedUrl, DataUrl, StringComparison.Ordinal))
        {
            await LoadAsync();
        }

        if (Paint is not null && !ReferenceEquals(_shownPaint, Paint))
        {
            _shownPaint = Paint;
            await _map.TryInvokeVoidAsync("paint", Paint);
        }

        if (!string.Equals(_shownSelection, SelectedCode, StringComparison.Ordinal))
        {
            _shownSelection = SelectedCode;
            await _map.TryInvokeVoidAsync("select", SelectedCode);
        }
    }

    private async Task CreateMapAsync()
    {
        var options = new BuurtMapOptions(TileUrl, Attribution, OverlapPalette.Colours, OverlapPalette.OnbekendColour);
        try
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _map = await _module.InvokeAsync<IJSObjectReference>("createMap", _element, _self, options);
        }
        catch (JSException)
        {
            State = "fout";
            ErrorMessage = "De kaart kon niet worden gestart. Probeer de pagina opnieuw te laden.";
            StateHasChanged();
        }
        catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
        {
            // The tab closed while the map was being created; disposal cleans up.
        }
    }

    private async Task LoadAsync()
    {
        _requestedUrl = DataUrl;
        State = "laden";
        ErrorMessage = null;
        try
        {
            var count = await _map!.InvokeAsync<int>("load", DataUrl);
            State = count > 0 ? "klaar" : "leeg";
        }
        catch (JSException)
        {
            State = "fout";
            ErrorMessage = "De buurten konden niet worden geladen. Probeer de pagina opnieuw te laden.";
        }
        catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
        {
            return;
        }

        StateHasChanged();
    }
}
