using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The login cookie's answers: pages are redirected to the login (or no-access) page, API calls get 401 or 403
/// as problem+json; a refusal names the role that is missing (<see cref="MissingRole"/>); the security stamp is rechecked so that a removed account or changed roles take effect.
/// </summary>
internal sealed class ApiAwareCookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        ApiProblem(context, StatusCodes.Status401Unauthorized, "niet-ingelogd", "Log eerst in; deze server vraagt om een account.")
            ?? base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var role = MissingRole.Of(context.HttpContext.GetEndpoint(), context.HttpContext.User);
        var hint = role is null ? string.Empty : " " + MissingRole.Hint(role, context.HttpContext.User);
        if (ApiProblem(context, StatusCodes.Status403Forbidden, "geen-toegang",
                "Uw rol geeft geen toegang tot deze handeling." + hint) is { } problem)
        {
            return problem;
        }

        if (role is not null)
        {
            context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, "rol", role);
        }

        return base.RedirectToAccessDenied(context);
    }

    public override Task ValidatePrincipal(CookieValidatePrincipalContext context) =>
        SecurityStampValidator.ValidatePrincipalAsync(context);

    // An API call is answered where it was made, as problem+json; null lets a page be redirected.
    private static Task? ApiProblem(
        RedirectContext<CookieAuthenticationOptions> context,
        int status,
        string code,
        string detail
    ) =>
        ApiPaths.IsApi(context.Request.Path)
            ? Problems.Of(status, code, detail).ExecuteAsync(context.HttpContext)
            : null;
}
