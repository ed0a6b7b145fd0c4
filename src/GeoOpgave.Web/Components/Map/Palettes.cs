namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// ColorBrewer schemes (Cynthia Brewer, colorbrewer2.org) that stay readable for colour-blind people: sequential
/// ones for scores and overlap, a diverging one for differences between two profiles.
/// </summary>
public static class Palettes
{
    /// <summary>The default sequential palette, the one the overlap map has always used.</summary>
    public const string DefaultId = "YlOrRd";

    /// <summary>The diverging palette of difference maps (purple = fewer, orange = more urgent opgaven).</summary>
    public static IReadOnlyList<string> Diverging { get; } = ["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"];

    /// <summary>Sequential palettes by id, 5 classes each, light to dark.</summary>
    public static IReadOnlyList<Palette> Sequential { get; } =
    [
        new("YlOrRd", "Geel–oranje–rood", ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]),
        new("YlGnBu", "Geel–groen–blauw", ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]),
        new("Purples", "Paars", ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"]),
        new("Greens", "Groen", ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"]),
        new("Blues", "Blauw", ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]),
    ];

    /// <summary>The palette with this id; the default one for an unknown id.</summary>
    public static Palette Get(string? id) =>
        Sequential.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal)) ?? Sequential[0];
}
