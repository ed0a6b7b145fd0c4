using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Components.Account;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Login and logout: <c>GET /account/login</c> shows the form, <c>POST /account/login</c> (antiforgery,
/// checked here, rate-limited, lockout after repeated failures) sets the login cookie, <c>POST /account/logout</c>
/// clears it.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Account").ExcludeFromDescription();
        account.MapGet("/login", ShowLogin).AllowAnonymous();
        account
            .MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SecurityServiceCollectionExtensions.LoginRateLimit);
        account.MapGet("/geen-toegang", ShowNoAccess).AllowAnonymous();
        account.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.Lezen);
        app.MapSetup();
        return app;
    }

    /// <summary>The no-access page; <paramref name="rol"/>, the role the refused page asks for, adds how to get
    /// it.</summary>
    public static RazorComponentResult ShowNoAccess(string? rol, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var role = rol is null ? null : Application.Users.UserRoles.Find(rol);
        return new RazorComponentResult<NoAccessPage>(
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [nameof(NoAccessPage.Hint)] = role is null ? null : MissingRole.Hint(role, context.User),
            }
        );
    }

    // The page's AntiforgeryToken issues the token (and its cookie) that LoginAsync checks.
    public static RazorComponentResult ShowLogin(string? returnUrl, string? fout) =>
        new RazorComponentResult<LoginPage>(
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [nameof(LoginPage.ReturnUrl)] = LocalUrl(returnUrl),
                [nameof(LoginPage.Fout)] = fout,
            }
        );

    public static async Task<IResult> LoginAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        SignInManager<IdentityUser> signIn
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(signIn);
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["gebruiker"].ToString();
        var password = form["wachtwoord"].ToString();
        var target = LocalUrl(form["returnUrl"].ToString());
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect(FailedUrl("onjuist", target));
        }

        var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(target);
        }

        // A locked account gets the same answer as a wrong password: a different one would confirm that the name
        // exists.
        return Results.LocalRedirect(FailedUrl("onjuist", target));
    }

    public static async Task<IResult> LogoutAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        SignInManager<IdentityUser> signIn
    )
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(signIn);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return InvalidForm();
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    private static IResult InvalidForm() =>
        Problems.Of(
            StatusCodes.Status400BadRequest,
            "formulier-ongeldig",
            "Het formulier is verlopen of onvolledig; laad de pagina opnieuw."
        );

    private static string FailedUrl(string error, string target) =>
        $"/account/login?fout={error}&returnUrl={Uri.EscapeDataString(target)}";

    // Only paths on this host: an open redirect would let a phishing link borrow the login page.
    private static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
