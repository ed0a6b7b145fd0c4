using System.Text.Encodings.Web;

namespace GeoOpgave.Web.Security;

/// <summary>The page behind the one-time setup link: plain server-rendered HTML, like the login page.</summary>
internal static class SetupPage
{
    public static string Render(string antiforgeryField, string antiforgeryToken, string token, IReadOnlyList<string> errors)
    {
        var enc = HtmlEncoder.Default;
        var alert = errors.Count == 0
            ? string.Empty
            : $"<ul class=\"fout\" role=\"alert\" data-testid=\"setup-fout\">{string.Concat(errors.Select(e => $"<li>{enc.Encode(e)}</li>"))}</ul>";
        return Page("Eerste beheerder – GeoOpgave", $$"""
            <form method="post" action="/account/setup">
            <h1>Eerste beheerder</h1>
            <p>Er is nog geen account. Maak hier de beheerder aan; deze link werkt maar één keer.</p>
            {{alert}}
            <input type="hidden" name="{{enc.Encode(antiforgeryField)}}" value="{{enc.Encode(antiforgeryToken)}}" />
            <input type="hidden" name="token" value="{{enc.Encode(token)}}" />
            <label>Gebruikersnaam <input name="gebruiker" autocomplete="username" required autofocus /></label>
            <label>Wachtwoord <input name="wachtwoord" type="password" autocomplete="new-password" required /></label>
            <label>Nogmaals <input name="herhaal" type="password" autocomplete="new-password" required /></label>
            <button type="submit">Beheerder aanmaken</button>
            </form>
            """);
    }

    public static string RenderInvalid() => Page("Link ongeldig – GeoOpgave", """
        <div>
        <h1>Deze link werkt niet (meer)</h1>
        <p>De eenmalige link is al gebruikt, verlopen of onjuist. Herstart de server voor een nieuwe link zolang er
        geen account is, of maak een beheerder aan met <code>geoopgave users add NAAM --role beheerder</code>.</p>
        <p><a href="/account/login">Naar inloggen</a></p>
        </div>
        """);

    private static string Page(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>{{HtmlEncoder.Default.Encode(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; margin: 0; background: #f4f5f7; }
        form, div { background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); display: grid; gap: .75rem; max-width: 24rem; }
        label { display: grid; gap: .25rem; } .fout { color: #a4000f; margin: 0; }
        </style>
        </head>
        <body>
        <main>
        {{body}}
        </main>
        </body>
        </html>
        """;
}
