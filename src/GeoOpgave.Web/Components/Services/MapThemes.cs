using GeoOpgave.Web.Components.Map;

namespace GeoOpgave.Web.Components.Services;

/// <summary>Builds the choropleth of the chosen theme from live scores: the overlap count or one opgave's
/// urgency.</summary>
public static class MapThemes
{
    /// <summary>The choropleth, and a Dutch reason when manual breaks could not be read (the map then uses
    /// quantiles).</summary>
    public static (Choropleth Choropleth, string? BreaksError) Build(
        LiveScores scores, IReadOnlyDictionary<string, string> names, MapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(settings);
        var palette = Palettes.Get(settings.PaletteId);
        var opgave = scores.Profile.Opgaven
            .Select((o, i) => (Definition: o, Index: i))
            .FirstOrDefault(x => string.Equals(x.Definition.Id, settings.Thema, StringComparison.Ordinal));
        if (opgave.Definition is null)
        {
            var overlap = scores
                .Codes.Select((c, i) => new BuurtValue(c, NameOf(names, c), scores.Overlap[i]))
                .ToArray();
            return (
                ChoroplethBuilder.Overlap("Aantal urgente opgaven", overlap, scores.Known, palette, scores.NotRanked),
                null
            );
        }

        var values = scores.ScoresOf(opgave.Index);
        var buurten = scores.Codes.Select((c, i) => new BuurtValue(c, NameOf(names, c), values[i])).ToArray();
        var title = $"Urgentie {opgave.Definition.Name.ToLowerInvariant()} (score 0–100)";
        if (settings.Method != ClassMethod.Manual)
        {
            return (ChoroplethBuilder.Scores(title, buurten, settings.Method, palette), null);
        }

        var (breaks, error) = Classifier.ParseManual(settings.ManualBreaks, palette.Colours.Count - 1);
        return breaks is null
            ? (ChoroplethBuilder.Scores(title, buurten, ClassMethod.Quantiles, palette), error)
            : (ChoroplethBuilder.Scores(title, buurten, ClassMethod.Manual, palette, breaks), null);
    }

    private static string NameOf(IReadOnlyDictionary<string, string> names, string code) =>
        names.TryGetValue(code, out var name) ? name : code;
}
