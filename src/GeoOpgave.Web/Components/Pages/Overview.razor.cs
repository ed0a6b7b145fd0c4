using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Status;
using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Components.Panel;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>
/// The bestuurder's overview: key figures with what a hot spot means, the map, the overlap matrix, the overlap against
/// chance with the diagnostics' warnings, the top wijken and buurten, how complete the data are (with a warning per
/// opgave scored in fewer than 80 % of the buurten) and a glossary.
/// </summary>
public sealed partial class Overview : IDisposable
{
    private const int Top = 10;

    private readonly CancellationTokenSource _closed = new();

    [Inject]
    private AnalysisService Analysis { get; set; } = default!;

    [Inject]
    private StatusService StatusOf { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "profiel")]
    public string? Profiel { get; set; }

    private AnalysisResult? Result { get; set; }

    private AnalysisSummary? Summary { get; set; }

    private DiagnosticsReport? Diagnostics { get; set; }

    private string? Error { get; set; }

    private WorkspaceStatus? Status { get; set; }

    private IEnumerable<OpgaveStatus> Incomplete => Status?.Opgaven.Where(o => o.Incomplete) ?? [];

    private string TilesUrl => BuurtMap.BuurtenTiles(Profiel);

    private MapBounds? Bounds { get; set; }

    private double Population => Summary?.Gemeenten.Sum(g => g.Population) ?? 0;

    private int BuurtenInOverlap => Summary?.Overlap.Where(o => o.Overlap >= 2).Sum(o => o.Buurten) ?? 0;

    private string ShareInOverlap =>
        Summary?.Gemeenten is [{ ShareInOverlap: { } share }]
            ? DutchFormat.Percentage(share)
            : DutchFormat.Number(Summary?.Overlap.Where(o => o.Overlap >= 2).Sum(o => o.Population));

    private string HotSpotExplanation =>
        Summary?.HotSpots.TooFewBuurten == true
            ? "Er zijn te weinig buurten met een score (minder dan 30) om hotspots betrouwbaar aan te wijzen: alle buurten staan op niet significant."
            : "Een hotspot is een buurt die samen met de buurten eromheen zo duidelijk hoger scoort dan de rest van de gemeente, "
                + "dat toeval het niet verklaart (getoetst met de Gi*-statistiek, gecorrigeerd voor het aantal buurten).";

    private IReadOnlyList<AreaRollUpSummary> TopWijken =>
        Summary
            ?.Wijken.OrderByDescending(w => w.ShareInOverlap ?? -1)
            .ThenBy(w => w.Code, StringComparer.Ordinal)
            .Take(Top)
            .ToArray()
        ?? [];

    protected override Task OnParametersSetAsync() =>
        PageErrors.RunAsync(
            LoadAsync,
            refusal => (Result, Summary, Diagnostics, Status, Error) = (null, null, null, null, refusal),
            _closed.Token
        );

    /// <inheritdoc />
    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    private async Task LoadAsync()
    {
        Result = await Analysis.AnalyseAsync(Profiel, _closed.Token);
        Summary = AnalysisSummaries.Summarise(Result, Top);
        Diagnostics = AnalysisDiagnostics.Report(Result);
        Bounds = MapBounds.Of(Result.Buurten.Select(b => b.Buurt.Geometry));
        Status = await StatusOf.GetAsync(Profiel, Result.Year, _closed.Token);
        Error = null;
    }
}
