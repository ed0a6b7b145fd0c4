using System.Globalization;
using System.Text.Json;
using GeoOpgave.Application.Selecties;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// The Leaflet map of the buurten on vector tiles, coloured by overlap or by a <see cref="Paint"/>. The JS module
/// fetches the tiles of <see cref="TilesUrl"/> itself, draws them on canvas and reports clicks and drawn shapes back.
/// </summary>
public sealed partial class BuurtMap : IAsyncDisposable
{
    /// <summary>PDOK BRT-Achtergrondkaart, grey variant, in Web Mercator.</summary>
    public const string TileUrl =
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png";

    /// <summary>The attribution PDOK asks for.</summary>
    public const string Attribution = "Kaartgegevens © Kadaster";

    private const string ModulePath = "./Components/Map/BuurtMap.razor.js";

    private static readonly BuurtMapOptions Options =
        new(TileUrl, Attribution, OverlapPalette.Colours, OverlapPalette.OnbekendColour);

    /// <summary>The <see cref="TilesUrl"/> of the buurten analysed with <paramref name="profiel"/> (the default
    /// profile when blank).</summary>
    public static string BuurtenTiles(string? profiel) => string.IsNullOrWhiteSpace(profiel)
        ? "tiles/buurten/{z}/{x}/{y}.mvt"
        : $"tiles/buurten/{{z}}/{{x}}/{{y}}.mvt?profiel={Uri.EscapeDataString(profiel)}";

    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private DotNetObjectReference<BuurtMap>? _self;
    private string? _requestedUrl;
    private string? _shownSelected;
    private string _shownHighlight = string.Empty;
    private MapPaint? _shownPaint;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The vector tiles of the buurten, an XYZ template relative to the page (e.g.
    /// "tiles/buurten/{z}/{x}/{y}.mvt").</summary>
    [Parameter, EditorRequired]
    public string TilesUrl { get; set; } = string.Empty;

    /// <summary>Where the map starts: the bounds of the workspace's buurten; null shows the whole
    /// Netherlands.</summary>
    [Parameter]
    public MapBounds? Bounds { get; set; }

    /// <summary>The code of the buurt to outline as selected, or null for none.</summary>
    [Parameter]
    public string? SelectedCode { get; set; }

    /// <summary>The buurten of the selectie, outlined dashed.</summary>
    [Parameter]
    public IReadOnlyList<string> HighlightedCodes { get; set; } = [];

    /// <summary>Raised with the buurtcode when the user clicks a buurt.</summary>
    [Parameter]
    public EventCallback<string> OnBuurtSelected { get; set; }

    /// <summary>Raised with the buurtcode when the user shift-clicks a buurt (adds it to a selectie).</summary>
    [Parameter]
    public EventCallback<string> OnBuurtAdded { get; set; }

    /// <summary>Raised with the area (a WGS84 lon/lat polygon) of a rectangle or polygon the user drew.</summary>
    [Parameter]
    public EventCallback<Geometry> OnShapeDrawn { get; set; }

    /// <summary>The fills and tooltips to show; null keeps the overlap colours the tiles carry.</summary>
    [Parameter]
    public MapPaint? Paint { get; set; }

    /// <summary>A short description of what the map shows, read out to screen-reader users.</summary>
    [Parameter]
    public string Description { get; set; } = "Kaart van de buurten, gekleurd naar het aantal urgente opgaven";

    private string State { get; set; } = "laden";

    // In the prerendered page only: what wwwroot/js/map/early-map.js needs to start the map and ask for the tiles
    // while the circuit starts; the component takes that map over in createMap.
    private (string Tiles, string? Bounds, string Options)? Early => RendererInfo.IsInteractive
        ? null
        : (
            TilesUrl,
            Bounds is null
                ? null
                : string.Join(',', Bounds.ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture))),
            JsonSerializer.Serialize(Options, JsonSerializerOptions.Web)
        );

    private string? ErrorMessage { get; set; }

    /// <summary>Called by the JS module when a buurt is clicked.</summary>
    [JSInvokable]
    public Task OnBuurtClicked(string code, bool shift = false) =>
        shift && OnBuurtAdded.HasDelegate ? OnBuurtAdded.InvokeAsync(code) : OnBuurtSelected.InvokeAsync(code);

    /// <summary>Called by the JS module with the closed [lon, lat] ring of a drawn rectangle or polygon.</summary>
    [JSInvokable]
    public Task OnShapeDrawnInMap(double[][] ring) =>
        BuurtenInShape.Ring(ring) is { } area ? OnShapeDrawn.InvokeAsync(area) : Task.CompletedTask;

    /// <summary>Fits the map to these bounds; false when there are none or the map is not ready.</summary>
    public async Task<bool> ZoomToAsync(MapBounds? bounds)
    {
        if (_map is null || bounds is null)
        {
            return false;
        }

        try
        {
            return await _map.InvokeAsync<bool>("zoomTo", bounds.ToArray());
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

        if (!string.Equals(_requestedUrl, TilesUrl, StringComparison.Ordinal))
        {
            await LoadAsync();
        }

        await ShowWorksAsync();
        await CountWorksAsync();

        if (Paint is not null && !ReferenceEquals(_shownPaint, Paint))
        {
            _shownPaint = Paint;
            await _map.TryInvokeVoidAsync("paint", Paint);
        }

        if (!string.Equals(_shownSelected, SelectedCode, StringComparison.Ordinal))
        {
            _shownSelected = SelectedCode;
            await _map.TryInvokeVoidAsync("select", SelectedCode);
        }

        var highlight = string.Join(',', HighlightedCodes);
        if (!string.Equals(_shownHighlight, highlight, StringComparison.Ordinal))
        {
            _shownHighlight = highlight;
            await _map.TryInvokeVoidAsync("highlight", [HighlightedCodes.ToArray()]);
        }
    }

    private async Task CreateMapAsync()
    {
        try
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _map = await _module.InvokeAsync<IJSObjectReference>("createMap", _element, _self, Options);
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
        _requestedUrl = TilesUrl;
        State = "laden";
        ErrorMessage = null;
        try
        {
            var count = await _map!.InvokeAsync<int>("load", TilesUrl, Bounds?.ToArray());
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
