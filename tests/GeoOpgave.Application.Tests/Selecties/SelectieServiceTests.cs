using System.Text.Json;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Selecties;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Selecties;

// The fixture's workspace is shared by the tests of this class, so every test uses its own selectie names.
public class SelectieServiceTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task CreateAsync_ValidCodes_StoresNormalisedCodesAndAuditsIt()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SelectieService>();

        var saved = await service.CreateAsync(
            new(" Kerk ", "notitie", [" bu99990002", "WK999900", "BU99990002"], "standaard"),
            default
        );

        var reread = await service.GetAsync(saved.Id, default);
        Assert.NotNull(reread);
        Assert.Equal("Kerk", reread.Name);
        Assert.Equal(["BU99990002", "WK999900"], reread.Codes);
        var entry = (await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(50, default))
            .First(e => e.Action == AuditActions.SelectieSaved && e.Target == "Kerk");
        Assert.Equal(saved.Id, JsonDocument.Parse(entry.DetailsJson).RootElement.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task CreateAsync_UnknownBuurt_ThrowsGebiedOnbekend()
    {
        var error = await CreateFailsAsync(new("Onbekend", null, ["BU99990002", "BU12345678"], null));

        Assert.Equal("gebied-onbekend", error.Code);
        Assert.Contains("BU12345678", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_GemeenteCode_ThrowsGebiedOnbekend()
    {
        var error = await CreateFailsAsync(new("Gemeente", null, ["GM9999"], null));

        Assert.Equal("gebied-onbekend", error.Code);
    }

    [Fact]
    public async Task CreateAsync_NoCodes_ThrowsSelectieLeeg()
    {
        var error = await CreateFailsAsync(new("Leeg", null, ["  "], null));

        Assert.Equal("selectie-leeg", error.Code);
    }

    [Fact]
    public async Task CreateAsync_TakenName_ThrowsSelectieBestaat()
    {
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<SelectieService>()
                .CreateAsync(new("Dubbel", null, ["BU99990002"], null), default);
        }

        var error = await CreateFailsAsync(new("Dubbel", null, ["WK999900"], null));

        Assert.Equal("selectie-bestaat", error.Code);
    }

    [Fact]
    public async Task UpdateAsync_RenameKeepingOwnName_ChangesAndAuditsIt()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SelectieService>();
        var saved = await service.CreateAsync(new("Voor", null, ["BU99990002"], null), default);

        var same = await service.UpdateAsync(saved.Id, new("Voor", "andere notitie", ["WK999900"], null), default);
        var renamed = await service.UpdateAsync(saved.Id, new("Na", "andere notitie", ["WK999900"], null), default);

        Assert.Equal("andere notitie", same!.Notes);
        Assert.Equal(["WK999900"], renamed!.Codes);
        Assert.Equal("Na", (await service.GetAsync(saved.Id, default))!.Name);
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(50, default);
        Assert.Contains(audit, e => e.Action == AuditActions.SelectieChanged && e.Target == "Na");
    }

    [Fact]
    public async Task UpdateAsync_UnknownId_ReturnsNull()
    {
        await using var scope = demo.Services.CreateAsyncScope();

        var updated = await scope.ServiceProvider.GetRequiredService<SelectieService>()
            .UpdateAsync(987_654, new("Niets", null, ["BU99990002"], null), default);

        Assert.Null(updated);
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesAndAuditsIt()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SelectieService>();
        var saved = await service.CreateAsync(new("Weg", null, ["BU99990002"], null), default);

        var deleted = await service.DeleteAsync(saved.Id, default);

        Assert.True(deleted);
        Assert.False(await service.DeleteAsync(saved.Id, default));
        Assert.DoesNotContain(await service.ListAsync(default), s => s.Id == saved.Id);
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(50, default);
        Assert.Single(audit, e => e.Action == AuditActions.SelectieDeleted && e.Target == "Weg");
    }

    private async Task<GeoOpgaveException> CreateFailsAsync(SelectieInput input)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SelectieService>();
        return await Assert.ThrowsAsync<GeoOpgaveException>(() => service.CreateAsync(input, default));
    }
}
