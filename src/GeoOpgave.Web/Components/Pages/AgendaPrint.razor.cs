using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Components.Panel;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>
/// The printable gebiedsagenda of a wijk (<c>/agenda/wijk/{code}</c>) or of a selectie (<c>/agenda?codes=</c>): A4
/// print CSS, a static map, tables, koppelkansen and explanations; the browser's "save as PDF" makes the document.
/// </summary>
public sealed partial class AgendaPrint : IDisposable
{
    private readonly CancellationTokenSource _closed = new();

    [Inject]
    private AgendaService Agendas { get; set; } = default!;

    [Inject]
    private AnalysisService Analysis { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The wijkcode from the route; null on <c>/agenda</c>.</summary>
    [Parameter]
    public string? WijkCode { get; set; }

    /// <summary>Comma-separated buurt-, wijk- or gemeentecodes, for <c>/agenda?codes=</c>.</summary>
    [SupplyParameterFromQuery(Name = "codes")]
    public string? Codes { get; set; }

    [SupplyParameterFromQuery(Name = "profiel")]
    public string? Profiel { get; set; }

    private Gebiedsagenda? Agenda { get; set; }

    private AnalysisResult? Result { get; set; }

    private string? Error { get; set; }

    private IReadOnlyCollection<string> BuurtCodes => Agenda?.Buurten.Select(b => b.Code).ToArray() ?? [];

    private IReadOnlyDictionary<string, string> Names =>
        Agenda?.Buurten.ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal)
        ?? new Dictionary<string, string>();

    private string ShareText =>
        Agenda?.ShareInOverlap is { } share ? DutchFormat.Percentage(share) : DutchFormat.Onbekend;

    private string MapHref => string.IsNullOrWhiteSpace(Profiel) ? "./" : $"./?profiel={Uri.EscapeDataString(Profiel)}";

    protected override async Task OnParametersSetAsync()
    {
        var codes = WijkCode is not null
            ? [WijkCode]
            : (Codes ?? string.Empty).Split(
                ',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            );
        await PageErrors.RunAsync(
            async () =>
            {
                Agenda = await Agendas.BuildAsync(new AgendaRequest(codes, Profiel), _closed.Token);
                Result = await Analysis.AnalyseAsync(Profiel, _closed.Token);
                Error = null;
            },
            refusal => (Agenda, Result, Error) = (null, null, refusal),
            _closed.Token);
    }

    // Through the circuit, not an onclick attribute: the CSP allows no inline handlers.
    private async Task PrintAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("print");
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone: nothing left to print.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    private static string DutchDate(DateTimeOffset at) =>
        at.ToLocalTime().ToString("d MMMM yyyy 'om' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
