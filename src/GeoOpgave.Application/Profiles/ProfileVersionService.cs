using System.Text;
using GeoOpgave.Application.Audit;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Profiles;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Profiles;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Profiles;

/// <summary>
/// Saves a planner's profile as a new profiel version (checked by the same rules as a profile file, audited) and
/// lists the profiles the app can score with. A saved version gets the next number of its family and is never
/// changed afterwards.
/// </summary>
public sealed class ProfileVersionService(
    ProfileCatalog catalog, ProfileVersionStore store, WorkspaceStore workspace, AuditLog audit, IAuditActor actor)
{
    private const string SourceName = "profiel";

    /// <summary>Every profile: the files, then the saved versions in the order they were saved.</summary>
    public async Task<IReadOnlyList<ProfileListing>> ListAsync(CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        return catalog.List();
    }

    /// <summary>
    /// Checks <paramref name="json"/> (a profile document; its <c>id</c> names the family, its <c>version</c> is
    /// replaced by the next free number) and saves it. Refusals are issues with the JSON path, never exceptions.
    /// </summary>
    public async Task<ProfileSaveResult> SaveAsync(string json, string? notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var read = ProfileReader.Read(stream, SourceName);
        if (!read.IsSuccess)
        {
            return new ProfileSaveResult(null, read.Issues);
        }

        var family = read.Value.Id;
        if (!ProfileIds.IsValidFamily(family))
        {
            var issue = new ImportIssue(
                IssueSeverity.Error,
                IssueKind.InvalidCode,
                "Een profiel-id bestaat uit kleine letters, cijfers en streepjes (hoogstens 100) en eindigt niet op -v en een getal."
            )
            {
                SourceFile = SourceName,
                Field = "$.id",
            };
            return new ProfileSaveResult(null, [issue]);
        }

        await workspace.MigrateAsync(cancellationToken);
        var saved = await audit.ChangeAsync(
            ct =>
                store.AddAsync(
                    family,
                    catalog.FirstFreeVersion(family),
                    v => ProfileDocument.WithVersion(json, v),
                    notes?.Trim() ?? string.Empty,
                    actor.Name,
                    ct
                ),
            s =>
                [
                    new AuditRecord(
                        AuditActions.ProfileSaved,
                        ProfileIds.VersionId(family, s.Version),
                        new Dictionary<string, object?>
                        {
                            ["profiel"] = family,
                            ["versie"] = s.Version,
                            ["naam"] = read.Value.Name,
                        }
                    ),
                ],
            cancellationToken
        );
        // Only a committed version enters the catalogue: a rolled-back one must not be served.
        return new ProfileSaveResult(catalog.Remember(saved), read.Issues);
    }
}
