using GeoOpgave.Application;
using GeoOpgave.Application.Analysis;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>
/// The overlap map of a gemeente: the map draws the buurten from the API, the page keeps the same analysis
/// in memory to fill the side panel of a clicked buurt.
/// </summary>
public sealed partial class Home : IDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private Dictionary<string, BuurtAnalysis> _byCode = new(StringComparer.Ordinal);

    [Inject]
    private AnalysisService Analysis { get; set; } = default!;

    /// <summary>The profile id from <c>?profiel=</c>; the default profile when absent.</summary>
    [SupplyParameterFromQuery(Name = "profiel")]
    public string? Profiel { get; set; }

    private AnalysisResult? Result { get; set; }

    private BuurtAnalysis? Selected { get; set; }

    private string? LoadError { get; set; }

    private string Title => Result is null || Result.Gemeenten.Count == 0
        ? "GeoOpgave"
        : $"GeoOpgave — {string.Join(", ", Result.Gemeenten.Select(g => g.Name))}";

    private string DataUrl => string.IsNullOrWhiteSpace(Profiel)
        ? "api/buurten"
        : $"api/buurten?profiel={Uri.EscapeDataString(Profiel)}";

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            Result = await Analysis.AnalyseAsync(Profiel, _closed.Token);
            _byCode = Result.Buurten.ToDictionary(b => b.Buurt.Code, StringComparer.Ordinal);
            LoadError = null;
        }
        catch (GeoOpgaveException e)
        {
            Result = null;
            LoadError = e.Message;
        }
        catch (OperationCanceledException) when (_closed.IsCancellationRequested)
        {
            return;
        }

        Selected = Selected is null ? null : _byCode.GetValueOrDefault(Selected.Buurt.Code);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    private void Select(string code) => Selected = _byCode.GetValueOrDefault(code);

    private void ClearSelection() => Selected = null;
}
