using GeoOpgave.Application;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Layers;
using GeoOpgave.Application.Status;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Layers;
using GeoOpgave.IO.Csv;
using GeoOpgave.Web.Api;
using GeoOpgave.Web.Components.Panel;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>
/// The analyst's layer page: upload a file (streamed to a temporary file with progress, then imported all or
/// nothing), read the report, list or delete the loaded layers, bind a layer to a catalogue indicator, and see what
/// the profile can score and what is still missing.
/// </summary>
public sealed partial class Upload : IDisposable
{
    private const int CopyBufferBytes = 81_920;

    private readonly CancellationTokenSource _closed = new();

    [Inject]
    private ImportService Import { get; set; } = default!;

    [Inject]
    private AreaImportService Areas { get; set; } = default!;

    [Inject]
    private LayerService Layers { get; set; } = default!;

    [Inject]
    private IOptions<ImportOptions> Options { get; set; } = default!;

    [Inject]
    private StatusService StatusOf { get; set; } = default!;

    [Inject]
    private IndicatorBindingService Bindings { get; set; } = default!;

    [Inject]
    private IndicatorComputeService Compute { get; set; } = default!;

    private WorkspaceStatus? Status { get; set; }

    private string StatusMessage { get; set; } = "De status wordt geladen…";

    private string BindLayer { get; set; } = string.Empty;

    private string BindIndicator { get; set; } = string.Empty;

    private string BindExpression { get; set; } = string.Empty;

    private string? BindMessage { get; set; }

    private string BindMask { get; set; } = string.Empty;

    private bool BindsRaster => LayerList.FirstOrDefault(l => l.Name == BindLayer) is { Kind: LayerKind.Raster };

    private bool BindsTable => LayerList.FirstOrDefault(l => l.Name == BindLayer) is not { Kind: not LayerKind.Table };

    private IReadOnlyList<ImportedLayer> LayerList { get; set; } = [];

    private IBrowserFile? File { get; set; }

    private string? LayerName { get; set; }

    private int? Year { get; set; }

    private UploadWerkenChoice Werken { get; } = new();

    // 0: the CRS the file declares (or RD New for a CSV without one).
    private int Srid { get; set; }

    // Empty: detect (UTF-8, else Windows-1252). Only CSV files carry no encoding of their own.
    private string EncodingName { get; set; } = string.Empty;

    private bool AsAreas { get; set; }

    // Empty: every gemeente in the kaart; else the GM codes to read from a national file.
    private string GemeenteFilter { get; set; } = string.Empty;

    private bool Busy { get; set; }

    // Null while the work cannot say how far it is (the browser then shows a moving bar).
    private int? Percent { get; set; }

    private string Stage { get; set; } = string.Empty;

    private string? Error { get; set; }

    private IReadOnlyList<ImportReport>? Reports { get; set; }

    private double MaxUploadMegabytes => Math.Round(Options.Value.MaxUploadBytes / 1024.0 / 1024.0);

    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    // True once the circuit runs the page (never while prerendering): only then does a chosen file reach the server.
    private bool Interactive { get; set; }

    protected override async Task OnInitializedAsync() => await RefreshAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            Interactive = true;
            StateHasChanged();
        }
    }

    private async Task RefreshAsync()
    {
        LayerList = await Layers.ListAsync(_closed.Token);
        await PageErrors.RunAsync(
            async () => Status = await StatusOf.GetAsync(null, null, _closed.Token),
            refusal => (Status, StatusMessage) = (null, refusal));
    }

    private async Task BindAsync()
    {
        var layer = LayerList.FirstOrDefault(l => l.Name == BindLayer);
        if (layer is null)
        {
            return;
        }

        (Busy, BindMessage) = (true, null);
        try
        {
            await PageErrors.RunAsync(() => BindLayerAsync(layer), refusal => BindMessage = refusal);
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task BindLayerAsync(ImportedLayer layer)
    {
        var indicator = BindIndicator.Trim();
        if (layer.Kind == LayerKind.Table)
        {
            var bound = await Bindings.BindLayerAsync(layer.Name, $"{indicator}={BindExpression}", _closed.Token);
            BindMessage = $"{indicator} gekoppeld aan {layer.Name}: {DutchFormat.Number(bound.Values)} bekende waarden."
                + (bound.Warnings.Count > 0 ? $" Let op: {string.Join(" ", bound.Warnings)}" : string.Empty);
        }
        else
        {
            var bound = await Bindings.BindLayerAsync(
                layer.Name,
                indicator,
                _closed.Token,
                BindsRaster ? BindMask : null
            );
            IReadOnlyList<IndicatorComputation> computed = Compute.ComputesFromLayer(null, indicator)
                ? await Compute.ComputeAsync(
                    new IndicatorComputeRequest(null, Compute.DefaultEngine, null) { IndicatorIds = [indicator] },
                    _closed.Token
                )
                : [];
            BindMessage = computed switch
            {
                [{ Skipped: { } reason }] => $"{indicator} gekoppeld aan {layer.Name}, maar niet berekend: {reason}",
                [var done] =>
                    $"{indicator} gekoppeld aan {layer.Name} en berekend: {DutchFormat.Number(done.Known)} van {DutchFormat.Number(done.Buurten)} buurten bekend."
                    + (done.Hint is { } hint ? $" Let op: {hint}" : string.Empty),
                // Not computed: the binding's own warning says that no layer computes this indicator.
                _ => $"{indicator} gekoppeld aan {layer.Name}; {string.Join(" ", bound.Warnings)}",
            };
        }

        await RefreshAsync();
    }

    private void Choose(InputFileChangeEventArgs e)
    {
        File = e.File;
        Reports = null;
        Error =
            File.Size > Options.Value.MaxUploadBytes
                ? $"{File.Name} is {DutchFormat.Number(File.Size / 1024.0 / 1024.0)} MB; toegestaan is {DutchFormat.Number(MaxUploadMegabytes)} MB (instelling Import:MaxUploadBytes)."
                : null;
        if (Error is not null)
        {
            File = null;
        }
    }

    private async Task StartAsync()
    {
        if (File is not { } file)
        {
            return;
        }

        (Busy, Error, Reports, Percent) = (true, null, null, 0);
        try
        {
            using var upload = new UploadTempFile(Options.Value, file.Name);
            // A refusal (another import is running) is shown; what is wrong in the file itself comes back in the
            // reports.
            await PageErrors.RunAsync(() => ImportAsync(file, upload.Path), refusal => Error = refusal);
        }
        catch (IOException e)
        {
            Error = $"Het bestand kon niet worden ontvangen: {e.Message}";
        }
        finally
        {
            (Busy, File) = (false, null);
        }
    }

    private async Task ImportAsync(IBrowserFile file, string path)
    {
        var gemeenten = AreaCode.GemeenteList([GemeenteFilter], out var invalid);
        if (AsAreas && invalid is not null)
        {
            Error = $"'{invalid}' is geen gemeentecode; schrijf bijvoorbeeld GM0308.";
            return;
        }

        await ReceiveAsync(file, path);
        (Stage, Percent) = ("Controleren en opslaan…", null);
        await InvokeAsync(StateHasChanged);

        var result = AsAreas
            ? await Areas.ImportAsync(
                [new AreaKaart(path, Year, file.Name) { Gemeenten = gemeenten.Count == 0 ? null : gemeenten }],
                _closed.Token)
            : await Import.ImportAsync(
                new ImportRequest(path)
                {
                    SourceName = file.Name,
                    Name = Blank(LayerName),
                    Year = Year,
                    Srid = Srid == 0 ? null : Srid,
                    Encoding = EncodingName.Length == 0 ? null : CsvEncoding.FromName(EncodingName),
                    Progress = new SaveProgress(this),
                    Werken = Werken.ToFields(),
                },
                _closed.Token);
        Reports = result.Reports;
        await RefreshAsync();
    }

    private async Task ReceiveAsync(IBrowserFile file, string path)
    {
        Stage = "Uploaden…";
        await using var source = file.OpenReadStream(Options.Value.MaxUploadBytes, _closed.Token);
        await using var target = System.IO.File.Create(path);
        var buffer = new byte[CopyBufferBytes];
        long received = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, _closed.Token)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), _closed.Token);
            received += read;
            var percent = file.Size == 0 ? 100 : (int)(received * 100 / file.Size);
            if (percent != Percent)
            {
                Percent = percent;
                await InvokeAsync(StateHasChanged);
            }
        }
    }

    private sealed class SaveProgress(Upload page) : IProgress<double>
    {
        public void Report(double value)
        {
            var percent = (int)Math.Round(value * 100);
            if (percent != page.Percent)
            {
                _ = page.InvokeAsync(() =>
                {
                    page.Percent = percent;
                    page.StateHasChanged();
                });
            }
        }
    }

    private async Task DeleteAsync(ImportedLayer layer)
    {
        Busy = true;
        try
        {
            if (!await Layers.DeleteAsync(layer.Id, _closed.Token))
            {
                Error = $"De laag {layer.Name} bestaat niet meer.";
            }

            await RefreshAsync();
        }
        finally
        {
            Busy = false;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string KindText(LayerKind kind) => kind switch
    {
        LayerKind.Vector => "vector",
        LayerKind.Raster => "raster",
        LayerKind.Werken => "werken",
        _ => "tabel",
    };
}
