using GeoOpgave.Application.Audit;
using GeoOpgave.Storage.Context;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoOpgave.Application.Users;

/// <summary>Registers accounts (ASP.NET Core Identity on the workspace store) and the audit log.</summary>
public static class UsersServiceCollectionExtensions
{
    public const int MinimumPasswordLength = 12;

    public const int MaxFailedAccessAttempts = 5;

    /// <summary>
    /// Adds Identity's user and role managers on <see cref="GeoOpgaveDbContext"/> (hashed passwords, lockout after
    /// <see cref="MaxFailedAccessAttempts"/> failed attempts for 15 minutes), <see cref="UserService"/>,
    /// <see cref="AuditLog"/> and, unless the host has its own, a <see cref="ProcessAuditActor"/>.
    /// </summary>
    public static IServiceCollection AddGeoOpgaveUsers(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GeoOpgaveDbContext>();
        services.TryAddScoped<IAuditActor, ProcessAuditActor>();
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<UserService>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccountPresence>();
        return services;
    }
}
