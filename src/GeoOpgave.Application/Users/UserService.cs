using GeoOpgave.Application.Audit;
using GeoOpgave.Storage;
using Microsoft.AspNetCore.Identity;

namespace GeoOpgave.Application.Users;

/// <summary>
/// Lists, adds and removes accounts and sets their roles, for the CLI and the web host alike. Every change is
/// recorded in the audit log; passwords are only ever stored hashed (ASP.NET Core Identity).
/// </summary>
public sealed class UserService(
    UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, WorkspaceStore workspace, AuditLog audit, AccountPresence presence)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        var list = new List<UserSummary>();
        foreach (var user in users.Users.OrderBy(u => u.NormalizedUserName).ToList())
        {
            var held = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
            list.Add(new UserSummary(user.UserName ?? string.Empty, held.Order(StringComparer.Ordinal).ToList(), locked));
        }

        return list;
    }

    /// <summary>Whether any account exists, read now (not the cached answer of <see cref="AccountPresence"/>).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(users.Users, cancellationToken);
    }

    /// <summary>Creates an account with a password and at least one role; nothing changes when an issue is returned.</summary>
    public async Task<UserChangeResult> AddAsync(string name, string password, IEnumerable<string> roleNames, CancellationToken cancellationToken)
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

        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            return new UserChangeResult(created.Errors.Select(IdentityMessages.Dutch).ToList());
        }

        await EnsureRolesExistAsync(wanted);
        var assigned = await users.AddToRolesAsync(user, wanted);
        if (!assigned.Succeeded)
        {
            await users.DeleteAsync(user);
            return new UserChangeResult(assigned.Errors.Select(IdentityMessages.Dutch).ToList());
        }

        presence.AccountAdded();
        await audit.RecordAsync(AuditActions.UserAdded, name, new Dictionary<string, object?> { ["rollen"] = wanted }, cancellationToken);
        return UserChangeResult.Success;
    }

    public async Task<UserChangeResult> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        if (await users.FindByNameAsync(name) is not { } user)
        {
            return UserChangeResult.Failed($"Er is geen gebruiker '{name}'.");
        }

        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            return new UserChangeResult(deleted.Errors.Select(IdentityMessages.Dutch).ToList());
        }

        await audit.RecordAsync(AuditActions.UserRemoved, name, null, cancellationToken);
        return UserChangeResult.Success;
    }

    /// <summary>Replaces the roles of an account with <paramref name="roleNames"/> (at least one).</summary>
    public async Task<UserChangeResult> SetRolesAsync(string name, IEnumerable<string> roleNames, CancellationToken cancellationToken)
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

        await EnsureRolesExistAsync(wanted);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.Ordinal));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current, StringComparer.Ordinal)) : removed;
        if (!added.Succeeded)
        {
            return new UserChangeResult(added.Errors.Select(IdentityMessages.Dutch).ToList());
        }

        var details = new Dictionary<string, object?> { ["voorheen"] = current.Order(StringComparer.Ordinal).ToList(), ["rollen"] = wanted };
        await audit.RecordAsync(AuditActions.UserRolesChanged, name, details, cancellationToken);
        return UserChangeResult.Success;
    }

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
