using GeoOpgave.Application.Audit;
using GeoOpgave.Core.Selecties;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Selecties;

/// <summary>
/// Saves, lists, changes and deletes a planner's selecties, checking codes against the workspace and
/// recording every change in the audit log.
/// </summary>
public sealed class SelectieService(SelectieStore store, WorkspaceStore workspace, AuditLog audit, IAuditActor actor)
{
    public Task<IReadOnlyList<Selectie>> ListAsync(CancellationToken cancellationToken) =>
        workspace.ReadMigratedAsync(store.ListAsync, cancellationToken);

    /// <returns>Null when there is no selectie with that id.</returns>
    public Task<Selectie?> GetAsync(long id, CancellationToken cancellationToken) =>
        workspace.ReadMigratedAsync(ct => store.GetAsync(id, ct), cancellationToken);

    /// <exception cref="GeoOpgaveException">
    /// "selectie-naam-leeg", "selectie-leeg", "gebied-onbekend" or "selectie-bestaat" (the name is taken).
    /// </exception>
    public async Task<Selectie> CreateAsync(SelectieInput input, CancellationToken cancellationToken)
    {
        var (name, codes) = await ValidateAsync(input, null, cancellationToken);
        return await audit.ChangeAsync(
            ct => store.AddAsync(name, input.Notes ?? string.Empty, codes, input.Profiel, actor.Name, ct),
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
        var (name, codes) = await ValidateAsync(input, id, cancellationToken);
        return await audit.ChangeAsync(
            ct => store.UpdateAsync(id, name, input.Notes ?? string.Empty, codes, input.Profiel, ct),
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

    private async Task<(string Name, IReadOnlyList<string> Codes)> ValidateAsync(
        SelectieInput input, long? ownId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw new GeoOpgaveException("selectie-naam-leeg", "Geef de selectie een naam.");
        }

        await workspace.MigrateAsync(cancellationToken);
        var codes = await SelectieCodes.ValidateAsync(workspace, input.Codes ?? [], cancellationToken);
        var holder = await store.FindIdByNameAsync(name, cancellationToken);
        if (holder is not null && holder != ownId)
        {
            throw new GeoOpgaveException("selectie-bestaat", $"Er is al een selectie met de naam '{name}'.");
        }

        return (name, codes);
    }

    private static Dictionary<string, object?> Details(Selectie s) =>
        new() { ["id"] = s.Id, ["codes"] = s.Codes, ["profiel"] = s.ProfielId };
}
