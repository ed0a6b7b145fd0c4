using System.Text.Encodings.Web;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The login page as plain server-rendered HTML, so that it works without the Blazor circuit (which itself
/// needs a login in server mode) and can set the cookie directly.
/// </summary>
internal static class LoginPage
{
    public static string Render(string antiforgeryField, string antiforgeryToken, string returnUrl, string? error)
    {
        var enc = HtmlEncoder.Default;
        var message = error switch
        {
            // One answer for an unknown name, a wrong password and a locked account, so the page never tells which names exist.
            "onjuist" => "Inloggen is niet gelukt: onbekende gebruikersnaam of onjuist wachtwoord, of het account is na te veel mislukte pogingen een kwartier geblokkeerd.",
            "aangemaakt" => "De beheerder is aangemaakt. Log nu in.",
            _ => null,
        };
        var alert = message is null ? string.Empty
            : error == "aangemaakt" ? $"<p role=\"status\" data-testid=\"login-melding\">{enc.Encode(message)}</p>"
            : $"<p class=\"fout\" role=\"alert\" data-testid=\"login-fout\">{enc.Encode(message)}</p>";
        return $$"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Inloggen – GeoOpgave</title>
            <style>
            body { font-family: system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; margin: 0; background: #f4f5f7; }
            form { background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); display: grid; gap: .75rem; min-width: 18rem; }
            label { display: grid; gap: .25rem; } .fout { color: #a4000f; margin: 0; max-width: 18rem; }
            </style>
            </head>
            <body>
            <main>
            <form method="post" action="/account/login">
            <h1>GeoOpgave</h1>
            <p>Deze server vraagt om een account.</p>
            {{alert}}
            <input type="hidden" name="{{enc.Encode(antiforgeryField)}}" value="{{enc.Encode(antiforgeryToken)}}" />
            <input type="hidden" name="returnUrl" value="{{enc.Encode(returnUrl)}}" />
            <label>Gebruikersnaam <input name="gebruiker" autocomplete="username" required autofocus /></label>
            <label>Wachtwoord <input name="wachtwoord" type="password" autocomplete="current-password" required /></label>
            <button type="submit">Inloggen</button>
            <small>Nog geen account? Een beheerder maakt het aan met <code>geoopgave users add NAAM --role ROL</code>.</small>
            </form>
            </main>
            </body>
            </html>
            """;
    }

    public static string RenderNoAccess() => """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8" /><title>Geen toegang – GeoOpgave</title></head>
        <body><main><h1>Geen toegang</h1><p>Uw rol geeft geen toegang tot deze pagina.</p><p><a href="/">Naar de kaart</a></p></main></body>
        </html>
        """;
}
