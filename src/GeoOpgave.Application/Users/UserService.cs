using GeoOpgave.Application.Audit;
using GeoOpgave.Storage.Workspace;
using Microsoft.AspNetCore.Identity;

namespace GeoOpgave.Application.Users;

/// <summary>
/// Lists, adds and removes accounts and sets their roles, for the CLI and the web host alike. Every change is
/// recorded in the audit log; passwords are only ever stored hashed (ASP.NET Core Identity).
/// </summary>
public sealed class UserService(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    WorkspaceStore workspace,
    AuditLog audit,
    AccountPresence presence
)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        var list = new List<UserSummary>();
        foreach (var user in users.Users.OrderBy(u => u.NormalizedUserName).ToList())
        {
            var held = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
            list.Add(
                new UserSummary(user.UserName ?? string.Empty, held.Order(StringComparer.Ordinal).ToList(), locked)
            );
        }

        return list;
    }

    /// <summary>Whether any account exists, read now (not the cached answer of
    /// <see cref="AccountPresence"/>).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            users.Users,
            cancellationToken
        );
    }

    /// <summary>Creates an account with a password and at least one role; nothing changes when an issue is
    /// returned.</summary>
    public async Task<UserChangeResult> AddAsync(
        string name,
        string password,
        IEnumerable<string> roleNames,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        await workspace.MigrateAsync(cancellationToken);
        var (wanted, issues) = CheckRoles(roleNames);
        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Insert(0, "Geef een gebruikersnaam.");
        }

        if (issues.Count > 0)
        {
            return new UserChangeResult(issues);
        }

        if (await users.FindByNameAsync(name) is not null)
        {
            return UserChangeResult.Failed($"De gebruiker '{name}' bestaat al.");
        }

        var result = await audit.ChangeAsync(
            _ => CreateAsync(name, password, wanted),
            r =>
                r.Succeeded
                    ?
                    [
                        new AuditRecord(
                            AuditActions.UserAdded,
                            name,
                            new Dictionary<string, object?> { ["rollen"] = wanted }
                        ),
                    ]
                    : [],
            cancellationToken
        );
        if (result.Succeeded)
        {
            // Inside a larger change (the setup link) this runs before its commit; should that fail, the app errs on
            // the closed side (login required) until the next check at start-up.
            presence.AccountAdded();
        }

        return result;
    }

    public async Task<UserChangeResult> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        if (await users.FindByNameAsync(name) is not { } user)
        {
            return UserChangeResult.Failed($"Er is geen gebruiker '{name}'.");
        }

        return await audit.ChangeAsync(
            async _ => Result(await users.DeleteAsync(user)),
            r => r.Succeeded ? [new AuditRecord(AuditActions.UserRemoved, name)] : [],
            cancellationToken);
    }

    /// <summary>Replaces the roles of an account with <paramref name="roleNames"/> (at least one).</summary>
    public async Task<UserChangeResult> SetRolesAsync(
        string name,
        IEnumerable<string> roleNames,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        await workspace.MigrateAsync(cancellationToken);
        var (wanted, issues) = CheckRoles(roleNames);
        if (issues.Count > 0)
        {
            return new UserChangeResult(issues);
        }

        if (await users.FindByNameAsync(name) is not { } user)
        {
            return UserChangeResult.Failed($"Er is geen gebruiker '{name}'.");
        }

        var current = await users.GetRolesAsync(user);
        var details = new Dictionary<string, object?>
        {
            ["voorheen"] = current.Order(StringComparer.Ordinal).ToList(),
            ["rollen"] = wanted,
        };
        return await audit.ChangeAsync(
            async _ =>
            {
                await EnsureRolesExistAsync(wanted);
                var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.Ordinal));
                return Result(
                    removed.Succeeded
                        ? await users.AddToRolesAsync(user, wanted.Except(current, StringComparer.Ordinal))
                        : removed
                );
            },
            r => r.Succeeded ? [new AuditRecord(AuditActions.UserRolesChanged, name, details)] : [],
            cancellationToken);
    }

    // Identity's managers take no token; they save on this scope's context, inside the audited change's transaction,
    // which a refusal rolls back (an account without its roles does not stay).
    private async Task<UserChangeResult> CreateAsync(string name, string? password, List<string> wanted)
    {
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            return Result(created);
        }

        await EnsureRolesExistAsync(wanted);
        return Result(await users.AddToRolesAsync(user, wanted));
    }

    private static UserChangeResult Result(IdentityResult result) =>
        result.Succeeded
            ? UserChangeResult.Success
            : new UserChangeResult(result.Errors.Select(IdentityMessages.Dutch).ToList());

    private static (List<string> Wanted, List<string> Issues) CheckRoles(IEnumerable<string> roleNames)
    {
        var wanted = new List<string>();
        var issues = new List<string>();
        foreach (var role in roleNames)
        {
            if (UserRoles.Find(role) is { } known)
            {
                if (!wanted.Contains(known, StringComparer.Ordinal))
                {
                    wanted.Add(known);
                }
            }
            else
            {
                issues.Add($"De rol '{role}' bestaat niet; kies uit {string.Join(", ", UserRoles.All)}.");
            }
        }

        if (wanted.Count == 0 && issues.Count == 0)
        {
            issues.Add($"Geef minstens één rol met --role ({string.Join(", ", UserRoles.All)}).");
        }

        return (wanted, issues);
    }

    private async Task EnsureRolesExistAsync(IEnumerable<string> wanted)
    {
        foreach (var role in wanted)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
