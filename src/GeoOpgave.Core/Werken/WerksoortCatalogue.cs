using System.Globalization;

namespace GeoOpgave.Core.Werken;

/// <summary>Maps a source's free-text work type onto a <see cref="Werksoort"/> of a catalogue.</summary>
public sealed class WerksoortCatalogue
{
    private readonly IReadOnlyList<Werksoort> _soorten;

    /// <summary>A catalogue of the given kinds (a profile's <c>werksoorten</c>).</summary>
    public WerksoortCatalogue(IReadOnlyList<Werksoort> soorten)
    {
        ArgumentNullException.ThrowIfNull(soorten);
        _soorten = soorten;
    }

    /// <summary>The kinds in catalogue order.</summary>
    public IReadOnlyList<Werksoort> Soorten => _soorten;

    /// <summary>
    /// The kind a text names: first one whose id, name or a synonym equals the text (ignoring case, hyphens and
    /// underscores), else the one with the longest synonym contained in the text ("GRP vervanging" → riolering).
    /// Null when nothing matches or the text is empty.
    /// </summary>
    public Werksoort? Match(string? text)
    {
        var key = Normalise(text);
        if (key.Length == 0)
        {
            return null;
        }

        var exact = _soorten.FirstOrDefault(s =>
            Normalise(s.Id) == key || Normalise(s.Name) == key || s.Synonyms.Any(y => Normalise(y) == key)
        );
        if (exact is not null)
        {
            return exact;
        }

        return _soorten
            .SelectMany(s => s.Synonyms.Select(y => (Soort: s, Synonym: Normalise(y))))
            .Where(p => p.Synonym.Length > 0 && ContainsWord(key, p.Synonym))
            .OrderByDescending(p => p.Synonym.Length)
            .Select(p => p.Soort)
            .FirstOrDefault();
    }

    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var startOk = at == 0 || text[at - 1] == ' ';
            if (startOk)
            {
                return true;
            }

            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static string Normalise(string? text) =>
        string.Join(
            ' ',
            (text ?? string.Empty)
                .ToLower(CultureInfo.InvariantCulture)
                .Replace('-', ' ')
                .Replace('_', ' ')
                .Replace('/', ' ')
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        );
}
