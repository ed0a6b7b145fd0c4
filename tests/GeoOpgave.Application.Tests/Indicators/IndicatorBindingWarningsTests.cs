using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Indicators;

/// <summary>A binding that gives no value is stored, and says why, in the words of the page and of compute.</summary>
public sealed class IndicatorBindingWarningsTests
{
    [Fact]
    public async Task BindLayerAsync_VectorLayerToAnIndicatorNoLayerComputes_WarnsThatItCannotFillIt()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);

        var bound = await BindAsync(workspace, "energielabels_demodam", "percentage_personen_65_jaar_en_ouder");

        Assert.Equal(0, bound.Values);
        var warning = Assert.Single(bound.Warnings);
        Assert.Equal(
            "de catalogus definieert geen berekening uit een laag voor percentage_personen_65_jaar_en_ouder; "
                + "'energielabels_demodam' kan haar dus niet vullen.",
            warning
        );
    }

    [Fact]
    public async Task BindLayerAsync_LayerOutsideTheBuurten_WarnsAsComputeWould()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        await ImportAsync(workspace, "elders.csv", "id;x;y;energielabel\n0;233000;582000;E\n1;233500;582400;F\n");

        var bound = await BindAsync(workspace, "elders", "t_labels_count");

        var warning = Assert.Single(bound.Warnings);
        Assert.StartsWith("de laag 'elders' ligt geheel buiten de 48 buurten van 2024", warning, StringComparison.Ordinal);
        Assert.EndsWith("hoort zij bij een andere gemeente?", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BindLayerAsync_TableExpressionKnownNowhere_WarnsAndKeepsTheBinding()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        await ImportAsync(workspace, "cijfers.csv", "buurtcode;aantal_inwoners\nBU99990001;1200\nBU99990002;800\n");

        var bound = await BindAsync(workspace, "cijfers", "bijstand_per_1000_inwoners=aantal_inwoners / 0");

        Assert.Equal(0, bound.Values);
        var warning = Assert.Single(bound.Warnings);
        Assert.Contains("geeft in geen enkel gebied een bekende waarde", warning, StringComparison.Ordinal);
        Assert.Contains("deelt de uitdrukking door 0?", warning, StringComparison.Ordinal);
        await using var scope = workspace.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IndicatorBindingService>().ListAsync(default);
        Assert.Contains(stored, b => b.IndicatorId == "bijstand_per_1000_inwoners" && b.LayerName == "cijfers");
    }

    [Fact]
    public async Task BindLayerAsync_DemoLayerToItsOwnDefinition_NoWarning()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);

        var bound = await BindAsync(workspace, "energielabels_demodam", "t_labels_count");

        Assert.Empty(bound.Warnings);
    }

    private static async Task<IndicatorBindingResult> BindAsync(
        IndicatorTestWorkspace workspace,
        string layer,
        string binding
    )
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<IndicatorBindingService>()
            .BindLayerAsync(layer, binding, default);
    }

    private static async Task ImportAsync(IndicatorTestWorkspace workspace, string name, string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        await File.WriteAllTextAsync(path, csv);
        try
        {
            await using var scope = workspace.Services.CreateAsyncScope();
            var imported = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(
                new ImportRequest(path) { Name = Path.GetFileNameWithoutExtension(name), Srid = 28992 },
                default
            );
            Assert.True(imported.Imported, string.Join(" ", imported.Reports.SelectMany(r => r.Issues)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
