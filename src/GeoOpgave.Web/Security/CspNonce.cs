using System.Security.Cryptography;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The per-request nonce that lets this response's own inline scripts (Blazor's import map) run under the CSP while
/// any injected inline script stays blocked. 128 random bits, new for every request, in hex: valid in a CSP
/// source and untouched by HTML attribute encoding.
/// </summary>
public static class CspNonce
{
    private const string ItemKey = "GeoOpgave.CspNonce";

    /// <summary>This request's nonce, made on first use.</summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[ItemKey] is not string nonce)
        {
            nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[ItemKey] = nonce;
        }

        return nonce;
    }
}
