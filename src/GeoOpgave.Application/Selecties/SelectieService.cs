using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Selecties;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Selecties;

/// <summary>
/// Saves, lists, changes and deletes a planner's selecties, checking codes against the workspace and the profiel
/// against the profiles an agenda can be made with, and recording every change in the audit log.
/// </summary>
public sealed class SelectieService(
    SelectieStore store,
    WorkspaceStore workspace,
    ProfileCatalog profiles,
    AuditLog audit,
    IAuditActor actor
)
{
    public Task<IReadOnlyList<Selectie>> ListAsync(CancellationToken cancellationToken) =>
        workspace.ReadMigratedAsync(store.ListAsync, cancellationToken);

    /// <returns>Null when there is no selectie with that id.</returns>
    public Task<Selectie?> GetAsync(long id, CancellationToken cancellationToken) =>
        workspace.ReadMigratedAsync(ct => store.GetAsync(id, ct), cancellationToken);

    /// <exception cref="GeoOpgaveException">
    /// "selectie-naam-leeg", "selectie-naam-te-lang", "selectie-notities-te-lang", "profiel-onbekend",
    /// "selectie-leeg", "gebied-onbekend" or "selectie-bestaat" (the name is taken).
    /// </exception>
    public async Task<Selectie> CreateAsync(SelectieInput input, CancellationToken cancellationToken)
    {
        var (name, notes, codes, profiel) = await ValidateAsync(input, null, cancellationToken);
        return await audit.ChangeAsync(
            ct => store.AddAsync(name, notes, codes, profiel, actor.Name, ct),
            s => [new AuditRecord(AuditActions.SelectieSaved, s.Name, Details(s))],
            cancellationToken);
    }

    /// <summary>Changes a selectie; what <paramref name="input"/> leaves null (notes, codes, profiel) stays as it
    /// is.</summary>
    /// <returns>Null when there is no selectie with that id.</returns>
    /// <exception cref="GeoOpgaveException">As <see cref="CreateAsync"/>.</exception>
    public async Task<Selectie?> UpdateAsync(long id, SelectieInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await GetAsync(id, cancellationToken) is not { } current)
        {
            return null;
        }

        input = input with
        {
            Notes = input.Notes ?? current.Notes,
            Codes = input.Codes ?? current.Codes,
            Profiel = input.Profiel ?? current.ProfielId,
        };
        var (name, notes, codes, profiel) = await ValidateAsync(input, current, cancellationToken);
        return await audit.ChangeAsync(
            ct => store.UpdateAsync(id, name, notes, codes, profiel, ct),
            u => u is null ? [] : [new AuditRecord(AuditActions.SelectieChanged, u.Name, Details(u))],
            cancellationToken);
    }

    /// <returns>False when there is no selectie with that id.</returns>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        var existing = await store.GetAsync(id, cancellationToken);
        return existing is not null
            && await audit.ChangeAsync(
                ct => store.DeleteAsync(id, ct),
                deleted =>
                    deleted
                        ?
                        [
                            new AuditRecord(
                                AuditActions.SelectieDeleted,
                                existing.Name,
                                new Dictionary<string, object?> { ["id"] = id }
                            ),
                        ]
                        : [],
                cancellationToken
            );
    }

    // current: the selectie being changed, whose own name and profiel are not refused; null for a new one.
    private async Task<(string Name, string Notes, IReadOnlyList<string> Codes, string? Profiel)> ValidateAsync(
        SelectieInput input, Selectie? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw new GeoOpgaveException("selectie-naam-leeg", "Geef de selectie een naam.");
        }

        var notes = input.Notes ?? string.Empty;
        CheckLength(name, SelectieInput.MaxNameLength, "selectie-naam-te-lang", "name", "De naam");
        CheckLength(notes, SelectieInput.MaxNotesLength, "selectie-notities-te-lang", "notes", "De notities");
        var profiel = string.IsNullOrWhiteSpace(input.Profiel) ? null : input.Profiel.Trim();
        if (profiel is not null && profiel != current?.ProfielId)
        {
            // The catalogue an agenda resolves its profiel with: a selectie saved here always has an agenda.
            profiles.Get(profiel);
        }

        await workspace.MigrateAsync(cancellationToken);
        var codes = await SelectieCodes.ValidateAsync(workspace, input.Codes ?? [], cancellationToken);
        var holder = await store.FindIdByNameAsync(name, cancellationToken);
        if (holder is not null && holder != current?.Id)
        {
            throw new GeoOpgaveException("selectie-bestaat", $"Er is al een selectie met de naam '{name}'.");
        }

        return (name, notes, codes, profiel);
    }

    private static void CheckLength(string text, int maxLength, string code, string parameter, string what)
    {
        if (text.Length > maxLength)
        {
            throw new GeoOpgaveException(
                code,
                $"{what} van een selectie mag hoogstens {maxLength} tekens hebben; deze heeft er {text.Length}."
            )
            {
                Parameter = parameter,
            };
        }
    }

    private static Dictionary<string, object?> Details(Selectie s) =>
        new() { ["id"] = s.Id, ["codes"] = s.Codes, ["profiel"] = s.ProfielId };
}
