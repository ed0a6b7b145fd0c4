using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Components.Services;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>
/// The map of a gemeente: the map draws the buurten from the vector tiles, the page keeps the analysis in memory to
/// colour them by the chosen theme, to rescore them live for the planner and to fill the side panel. The multi-buurt
/// selection (shift-click, drawn shapes, keyboard, reopened selecties) is in Home.Selectie.cs, the planned works and
/// their period slider in Home.Werken.cs.
/// </summary>
public sealed partial class Home : IDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private Dictionary<string, BuurtAnalysis> _byCode = new(StringComparer.Ordinal);
    private Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private LiveScores? _live;
    private BuurtMap? _map;
    private AgendaLoader? _agendas;

    [Inject]
    private AnalysisService Analysis { get; set; } = default!;

    [Inject]
    private AgendaService Agendas { get; set; } = default!;

    [Inject]
    private ProfileCatalog Profiles { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The profile id from <c>?profiel=</c>; the default profile when absent.</summary>
    [SupplyParameterFromQuery(Name = "profiel")]
    public string? Profiel { get; set; }

    private AnalysisResult? Result { get; set; }

    private BuurtAnalysis? Selected { get; set; }

    private Gebiedsagenda? Agenda { get; set; }

    private string? AgendaError { get; set; }

    private string? LoadError { get; set; }

    private MapSettings Settings { get; set; } = MapSettings.Default;

    private PlannerState Planner { get; set; } = default!;

    private Choropleth? Choropleth { get; set; }

    private string? BreaksError { get; set; }

    private List<string> SelectieCodes { get; } = [];

    private string Title => Result is null || Result.Gemeenten.Count == 0
        ? "GeoOpgave"
        : $"GeoOpgave — {string.Join(", ", Result.Gemeenten.Select(g => g.Name))}";

    private string TilesUrl => BuurtMap.BuurtenTiles(Profiel);

    private MapBounds? Bounds { get; set; }

    private string MapDescription =>
        $"Kaart van de buurten: {Choropleth?.Title.ToLowerInvariant() ?? "aantal urgente opgaven"}";

    private string? PrintHref => Selected?.Buurt.WijkCode is { } wijk && Result is not null
        ? $"agenda/wijk/{Uri.EscapeDataString(wijk)}?profiel={Uri.EscapeDataString(Result.Profile.Id)}"
        : null;

    protected override async Task OnParametersSetAsync()
    {
        await PageErrors.RunAsync(LoadAsync, refusal => (Result, LoadError) = (null, refusal), _closed.Token);
        if (_closed.IsCancellationRequested)
        {
            return;
        }

        Selected = Selected is null ? null : _byCode.GetValueOrDefault(Selected.Buurt.Code);
        if (Selected is not null)
        {
            await LoadAgendaAsync(Selected.Buurt.Code);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
        _agendas?.Dispose();
    }

    private async Task LoadAsync()
    {
        Result = await Analysis.AnalyseAsync(Profiel, _closed.Token);
        _byCode = Result.Buurten.ToDictionary(b => b.Buurt.Code, StringComparer.Ordinal);
        _names = Result.Buurten.ToDictionary(b => b.Buurt.Code, b => b.Buurt.Name, StringComparer.Ordinal);
        _live = LiveScores.FromAnalysis(Result);
        Bounds = MapBounds.Of(Result.Buurten.Select(b => b.Buurt.Geometry));
        Planner = WeightPlanner.Initial(Result.Profile);
        Settings = Result.Profile.Opgaven.Any(o => o.Id == Settings.Thema)
            ? Settings
            : Settings with
            {
                Thema = MapSettings.OverlapThema,
            };
        LoadWorks();
        LoadError = null;
        Recolour();
    }

    private void Recolour()
    {
        if (_live is not null)
        {
            (Choropleth, BreaksError) = MapThemes.Build(_live, _names, Settings);
        }
    }

    private void ChangeSettings(MapSettings settings)
    {
        Settings = settings;
        Recolour();
    }

    private void ChangePlanner(PlannerState state)
    {
        Planner = state;
        if (Result?.Normalised is { } matrix)
        {
            _live = LiveScores.Rescore(matrix, state.Weights, state.UrgentThreshold);
            Recolour();
        }
    }

    private void ChangeProfile(ChangeEventArgs e) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("profiel", e.Value?.ToString()));

    private async Task SelectAsync(string code)
    {
        Selected = _byCode.GetValueOrDefault(code);
        if (Selected is not null)
        {
            await LoadAgendaAsync(code);
        }
    }

    private async Task LoadAgendaAsync(string code)
    {
        (Agenda, AgendaError) = (null, null);
        _agendas ??= new AgendaLoader(Agendas);
        var (agenda, error) = await _agendas.LoadAsync(
            [code],
            Result?.Profile.Id,
            () => string.Equals(Selected?.Buurt.Code, code, StringComparison.Ordinal),
            _closed.Token
        );
        if (string.Equals(Selected?.Buurt.Code, code, StringComparison.Ordinal))
        {
            (Agenda, AgendaError) = (agenda, error);
        }
    }

    private async Task ZoomAsync(ZoomTarget target)
    {
        await ZoomToCodesAsync(target.BuurtCodes);
        if (target.SelectBuurt is { } code)
        {
            await SelectAsync(code);
        }
    }

    private void CloseBuurtPanel()
    {
        Selected = null;
        Agenda = null;
    }
}
