namespace GeoOpgave.Web.Components.Map;

/// <summary>What the map shows and how.</summary>
/// <param name="Thema">"overlap", or the id of the opgave whose urgency score is shown.</param>
/// <param name="ManualBreaks">The text of manual breaks, e.g. "40; 55; 70".</param>
public sealed record MapSettings(string Thema, ClassMethod Method, string PaletteId, string ManualBreaks)
{
    /// <summary>The theme of the overlap count.</summary>
    public const string OverlapThema = "overlap";

    /// <summary>Overlap, in quantiles for scores, yellow to red.</summary>
    public static MapSettings Default { get; } =
        new(OverlapThema, ClassMethod.Quantiles, Palettes.DefaultId, "40; 55; 65; 80");
}
