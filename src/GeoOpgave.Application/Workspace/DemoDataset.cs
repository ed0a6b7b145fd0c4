namespace GeoOpgave.Application.Workspace;

/// <summary>The files of the demo municipality Demodam (GM9999) in the data folder's <c>demo/</c>.</summary>
public static class DemoDataset
{
    public const string GemeenteCode = "GM9999";
    public const string WijkenBuurten = "wijkenbuurten_demodam_2024.gpkg";
    public const string Hittestress = "hittestress_gevoelstemperatuur_demodam.tif";
    public const string Wateroverlast = "wateroverlast_zones_demodam.geojson";
    public const string Energielabels = "energielabels_demodam.csv";
    public const string Warmtenet = "warmtenet_demodam.shp";

    /// <summary>The layers of the demo, imported as stored layers named after their file (without extension).</summary>
    public static IReadOnlyList<string> Layers { get; } = [Energielabels, Wateroverlast, Hittestress, Warmtenet];

    /// <summary>
    /// The plans of the demo (sewer, heat network extensions, corporatie renovations, herinrichting), imported as works
    /// layers with the default field mapping, as <c>geoopgave import … --as-werken</c> would.
    /// </summary>
    public static IReadOnlyList<string> Plannen { get; } =
    [
        "grp_riolering_demodam.gpkg",
        "warmtenet_uitbreiding_demodam.shp",
        "renovatie_corporatie_demodam.csv",
        "herinrichting_demodam.geojson",
    ];
}
