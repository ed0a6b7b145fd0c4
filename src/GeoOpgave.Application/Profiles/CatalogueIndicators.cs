using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Profiles;

/// <summary>
/// The indicator ids a binding may fill: those in the indicator catalogue of any profile, a file or a saved version,
/// the denominators those roll up by, and the kerncijfers the engine itself reads (inwoners, woningen, surfaces: who
/// is ranked). A binding belongs to the workspace, not to one profile, and every profile's analysis reads it; an id
/// that none of these has would feed nothing, so a typo must be refused rather than stored.
/// </summary>
internal sealed class CatalogueIndicators
{
    private static readonly string[] EngineKerncijfers =
    [
        KerncijferIds.AantalInwoners,
        KerncijferIds.Woningvoorraad,
        KerncijferIds.OppervlakteWater,
        KerncijferIds.OppervlakteTotaal,
        KerncijferIds.Stedelijkheid,
    ];

    private readonly HashSet<string> _ids;

    /// <param name="profiles">The profiles whose catalogues count.</param>
    public CatalogueIndicators(ProfileCatalog profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var catalogues = profiles.All.SelectMany(p => p.IndicatorCatalogue).ToList();
        _ids = catalogues
            .Select(c => c.Key)
            .Concat(catalogues.Select(c => c.Value.Denominator).OfType<string>())
            .Concat(EngineKerncijfers)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Null when a catalogue has <paramref name="id"/>; else the Dutch refusal as a whole sentence, with the
    /// closest id when one is close.</summary>
    public string? Refusal(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_ids.Contains(id))
        {
            return null;
        }

        var refusal = $"De indicator '{id}' staat niet in de indicatorcatalogus van het profiel, dus een koppeling zou "
            + "niets vullen";
        return Closest(id) is { } close
            ? $"{refusal}; bedoelde u '{close}'?"
            : $"{refusal}; de indicatoren staan onder \"indicatorCatalogue\" in het profiel (data/profiles).";
    }

    // A catalogue id that starts with the given one (a shortened name) or is a few edits away (a typo).
    private string? Closest(string id)
    {
        if (id.Length >= 6 && _ids.Where(k => k.StartsWith(id, StringComparison.Ordinal)).Order().FirstOrDefault()
            is { } longer)
        {
            return longer;
        }

        var most = Math.Max(2, id.Length / 4);
        return _ids
            .Select(k => (Id: k, Distance: Distance(id, k)))
            .Where(k => k.Distance <= most)
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Id, StringComparer.Ordinal)
            .Select(k => k.Id)
            .FirstOrDefault();
    }

    // Levenshtein distance: insertions, deletions and substitutions.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
