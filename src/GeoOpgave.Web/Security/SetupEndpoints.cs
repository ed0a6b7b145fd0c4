using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Users;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Components.Account;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The one-time setup link: <c>GET /account/setup?token=</c> shows the form for the first account,
/// <c>POST /account/setup</c> (antiforgery) creates it with every role and spends the token. Anonymous on purpose:
/// the token is the credential, and it only works while there is no account at all.
/// </summary>
public static class SetupEndpoints
{
    public static IEndpointRouteBuilder MapSetup(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/setup", Show).WithTags("Account").ExcludeFromDescription().AllowAnonymous();
        app.MapPost("/account/setup", CreateAsync).WithTags("Account").ExcludeFromDescription().AllowAnonymous()
            .RequireRateLimiting(SecurityServiceCollectionExtensions.LoginRateLimit);
        return app;
    }

    public static IResult Show(string? token, SetupLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.IsValid(token) ? Form(token!, []) : Invalid();
    }

    public static async Task<IResult> CreateAsync(HttpContext context, SetupLink link, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Problems.Of(
                StatusCodes.Status400BadRequest,
                "formulier-ongeldig",
                "Het formulier is verlopen of onvolledig; open de link opnieuw."
            );
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = form["token"].ToString();
        IReadOnlyList<string> errors = [];
        // The account is created by the system on the link's authority, not by an anonymous visitor.
        context.Items[HttpAuditActor.ActorItem] = SetupLinkStartup.AuditUser;
        var redeemed = await link.RedeemAsync(
            token,
            async () =>
            {
                errors = await CreateFirstAccountAsync(
                    context.RequestServices,
                    form["gebruiker"].ToString(),
                    form["wachtwoord"].ToString(),
                    form["herhaal"].ToString(),
                    context.RequestAborted
                );
                return errors.Count == 0;
            },
            context.RequestAborted
        );

        if (!redeemed)
        {
            return Invalid();
        }

        return errors.Count == 0 ? Results.LocalRedirect("/account/login?fout=aangemaakt") : Form(token, errors);
    }

    private static async Task<IReadOnlyList<string>> CreateFirstAccountAsync(
        IServiceProvider services, string name, string password, string repeat, CancellationToken cancellationToken)
    {
        if (!string.Equals(password, repeat, StringComparison.Ordinal))
        {
            return ["De wachtwoorden zijn niet gelijk."];
        }

        // Someone may have run 'geoopgave users add' since start-up: then the link has no business creating anyone.
        if (await services.GetRequiredService<UserService>().AnyAsync(cancellationToken))
        {
            return ["Er is al een account; log daarmee in."];
        }

        // Every role: the first account of a gemeente must be able to import and plan too, and the web has no page to
        // change roles. The account and both its entries (gebruiker.toegevoegd, setuplink.gebruikt) land in one
        // transaction, which the user service joins.
        var result = await services.GetRequiredService<AuditLog>().ChangeAsync(
            ct => services.GetRequiredService<UserService>().AddAsync(name.Trim(), password, UserRoles.All, ct),
            r => r.Succeeded ? [new AuditRecord(AuditActions.SetupLinkUsed, name.Trim())] : [],
            cancellationToken);
        return result.Issues;
    }

    // The page's AntiforgeryToken issues the token (and its cookie) that CreateAsync checks.
    private static RazorComponentResult Form(string token, IReadOnlyList<string> errors) =>
        new RazorComponentResult<SetupPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(SetupPage.Token)] = token,
            [nameof(SetupPage.Errors)] = errors,
        });

    private static RazorComponentResult Invalid() =>
        new RazorComponentResult<SetupLinkInvalidPage> { StatusCode = StatusCodes.Status404NotFound };
}
