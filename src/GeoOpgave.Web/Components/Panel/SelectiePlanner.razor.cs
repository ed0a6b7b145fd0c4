using GeoOpgave.Application.Selecties;
using GeoOpgave.Core.Selecties;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>
/// Saves the shift-click selection as a named selectie and lists the saved ones; planners may also rename and
/// delete them. Refusals of the application (a taken name, an unknown code) are shown, not thrown.
/// </summary>
public sealed partial class SelectiePlanner
{
    [Inject]
    private SelectieService Selecties { get; set; } = default!;

    /// <summary>The buurtcodes picked with shift-click.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Codes { get; set; } = [];

    [Parameter, EditorRequired]
    public string Profiel { get; set; } = string.Empty;

    /// <summary>Called with a selectie the user wants to see on the map.</summary>
    [Parameter]
    public EventCallback<Selectie> OnOpen { get; set; }

    private IReadOnlyList<Selectie> Saved { get; set; } = [];

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private async Task ReloadAsync() => Saved = await Selecties.ListAsync(CancellationToken.None);

    private async Task<string?> SaveAsync(string name, string notes) =>
        await RunAsync(async () =>
            await Selecties.CreateAsync(new SelectieInput(name, notes, Codes.ToList(), Profiel), CancellationToken.None)
        );

    private async Task<string?> RenameAsync(Selectie selectie, string name) =>
        await RunAsync(() =>
            Selecties.UpdateAsync(
                selectie.Id,
                new SelectieInput(name, selectie.Notes, selectie.Codes, selectie.ProfielId),
                CancellationToken.None
            )
        );

    private async Task DeleteAsync(Selectie selectie)
    {
        await Selecties.DeleteAsync(selectie.Id, CancellationToken.None);
        await ReloadAsync();
    }

    private async Task<string?> RunAsync(Func<Task<Selectie?>> change)
    {
        string? refusal = null;
        if (await PageErrors.RunAsync(change, message => refusal = message))
        {
            await ReloadAsync();
        }

        return refusal;
    }
}
