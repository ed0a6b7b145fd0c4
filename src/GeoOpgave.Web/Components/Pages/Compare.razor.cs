using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Web.Components.Map;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>
/// Two profiles side by side: a difference map of the overlap (B − A) and the buurten entering or leaving the top k,
/// each with how firmly it holds its place when the weights move (the sensitivity analysis), and per profile how often
/// opgaven are urgent together against chance.
/// </summary>
public sealed partial class Compare : IDisposable
{
    private const int Steps = 3;

    private readonly CancellationTokenSource _closed = new();

    [Inject]
    private ScenarioService Scenarios { get; set; } = default!;

    [Inject]
    private SensitivityService Sensitivity { get; set; } = default!;

    [Inject]
    private ProfileCatalog Profiles { get; set; } = default!;

    private IReadOnlyList<Profile> AllProfiles { get; set; } = [];

    private string ProfielA { get; set; } = string.Empty;

    private string ProfielB { get; set; } = string.Empty;

    private int TopK { get; set; } = 10;

    private ScenarioReport? Report { get; set; }

    private IReadOnlyDictionary<string, double> StabilityA { get; set; } = new Dictionary<string, double>();

    private IReadOnlyDictionary<string, double> StabilityB { get; set; } = new Dictionary<string, double>();

    private DiagnosticsReport? DiagnosticsA { get; set; }

    private DiagnosticsReport? DiagnosticsB { get; set; }

    private Choropleth? Choropleth { get; set; }

    private string? Error { get; set; }

    private string? Status { get; set; }

    private MapBounds? Bounds { get; set; }

    // The comparison and two sensitivity analyses take seconds at national scale: the page shows which of them runs.
    private int Step { get; set; }

    protected override async Task OnInitializedAsync()
    {
        AllProfiles = Profiles
            .All.OrderBy(p => p.Id == ProfileCatalog.DefaultProfileId ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();
        ProfielA = AllProfiles.FirstOrDefault()?.Id ?? string.Empty;
        ProfielB = AllProfiles.Skip(1).FirstOrDefault()?.Id ?? ProfielA;
        await CompareAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    private async Task CompareAsync()
    {
        try
        {
            await PageErrors.RunAsync(
                CompareStepsAsync,
                refusal => (Report, Choropleth, Error, Status) = (null, null, refusal, null),
                _closed.Token
            );
        }
        finally
        {
            Step = 0;
        }
    }

    private async Task CompareStepsAsync()
    {
        ShowStep(1, "profielen vergelijken");
        var comparison = await Scenarios.CompareAsync(
            new ScenarioRequest(ProfielA, ProfielB) { TopK = TopK },
            _closed.Token
        );
        ShowStep(2, "gevoeligheid van profiel A");
        StabilityA = await StabilityAsync(ProfielA);
        ShowStep(3, "gevoeligheid van profiel B");
        StabilityB = await StabilityAsync(ProfielB);
        Report = comparison.Report;
        (DiagnosticsA, DiagnosticsB) = (
            AnalysisDiagnostics.Report(comparison.Baseline),
            AnalysisDiagnostics.Report(comparison.Alternative)
        );
        Bounds ??= MapBounds.Of(comparison.Baseline.Buurten.Select(b => b.Buurt.Geometry));
        var values = Report.Buurten.Select(b => new BuurtValue(b.Code, b.Name, b.OverlapDifference)).ToArray();
        Choropleth = ChoroplethBuilder.Differences("Verschil urgente opgaven (B − A)", values, "urgente opgaven");
        (Error, Status) = (null, $"Vergeleken: {Report.Profiel.Name} (A) met {Report.Met.Name} (B).");
    }

    private void ShowStep(int step, string what)
    {
        (Step, Status) = (step, $"Stap {step} van {Steps}: {what}…");
        StateHasChanged();
    }

    private async Task<IReadOnlyDictionary<string, double>> StabilityAsync(string profiel)
    {
        var report = await Sensitivity.RunAsync(
            new SensitivityRequest(profiel) { TopK = TopK, Runs = 500 },
            _closed.Token
        );
        return report.Buurten.ToDictionary(b => b.Code, b => b.ShareInTopK, StringComparer.Ordinal);
    }
}
