using System.Threading.RateLimiting;
using GeoOpgave.Application.Audit;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoOpgave.Web.Security;

/// <summary>Registers authentication (local user or login cookie), the policies and the login rate limit.</summary>
public static class SecurityServiceCollectionExtensions
{
    public const string SchemeName = "GeoOpgave";

    public const string LoginRateLimit = "login";

    /// <summary>Requests that can keep a core busy for seconds (sensitivity, comparison, exports): a few at a time for
    /// everyone.</summary>
    public const string HeavyRateLimit = "zwaar";

    internal const string LocalModeItem = "GeoOpgave.LocalMode";

    public static IServiceCollection AddGeoOpgaveSecurity(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SecurityOptions.SectionName);
        services.Configure<SecurityOptions>(section);
        services.AddSingleton<SecurityMode>();
        services.AddSingleton<SetupLink>();
        services.AddHostedService<SetupLinkStartup>();
        services.Replace(ServiceDescriptor.Scoped<IAuditActor, HttpAuditActor>());
        new IdentityBuilder(typeof(IdentityUser), typeof(IdentityRole), services).AddSignInManager();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Lokaal of ingelogd", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, LocalUserAuthenticationHandler>(
                LocalUserAuthenticationHandler.SchemeName,
                null
            )
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie);
        services.AddAuthorization(Policies.Add);
        services.AddScoped<ApiAwareCookieEvents>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<
            Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider,
            CircuitRevalidation
        >();
        var permits = section.GetValue(
            nameof(SecurityOptions.LoginAttemptsPerMinute),
            new SecurityOptions().LoginAttemptsPerMinute
        );
        var heavy = Math.Max(
            1,
            section.GetValue(nameof(SecurityOptions.HeavyRequestsAtOnce), new SecurityOptions().HeavyRequestsAtOnce)
        );
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }
                )
            );
            // One partition for all readers: the limit protects the server's cores, not one user's share of them.
            o.AddPolicy(HeavyRateLimit, _ =>
                RateLimitPartition.GetConcurrencyLimiter(HeavyRateLimit, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = heavy,
                    QueueLimit = heavy * 2,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
            );
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return new ValueTask(
                    Problems.Of(
                        StatusCodes.Status429TooManyRequests,
                        "te-veel-verzoeken",
                        "De server is druk met zware verzoeken (gevoeligheid, vergelijking, export) of er kwamen te veel inlogpogingen; probeer het over enkele seconden opnieuw."
                    ).ExecuteAsync(context.HttpContext)
                );
            };
        });
        return services;
    }

    // The mode middleware runs first and leaves its verdict on the request; anything it did not see is server mode.
    private static string SelectScheme(HttpContext context) =>
        context.Items[LocalModeItem] is true
            ? LocalUserAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme;

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "GeoOpgave.Login";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/geen-toegang";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.EventsType = typeof(ApiAwareCookieEvents);
    }
}
