namespace GeoOpgave.Web.Components.Export;

/// <summary>One download link: the text on it, the API address, a Dutch description for screen readers and a test
/// id.</summary>
public sealed record ExportLink(string Label, string Href, string Title, string TestId)
{
    /// <summary>The buurten with the analysis of <paramref name="profiel"/> as GeoJSON, CSV (;), CSV (,) and
    /// GeoPackage.</summary>
    public static IReadOnlyList<ExportLink> Buurten(string profiel)
    {
        var query = "?profiel=" + Uri.EscapeDataString(profiel);
        var what = $"de buurten met profiel {profiel}";
        return
        [
            new("GeoJSON", "api/exports/buurten.geojson" + query, $"Download {what} als GeoJSON", "export-geojson"),
            new(
                "CSV (;)",
                "api/exports/buurten.csv" + query + "&separator=%3B",
                $"Download {what} als CSV met puntkomma's (Nederlandse Excel)",
                "export-csv-puntkomma"
            ),
            new(
                "CSV (,)",
                "api/exports/buurten.csv" + query + "&separator=%2C",
                $"Download {what} als CSV met komma's",
                "export-csv-komma"
            ),
            new(
                "GeoPackage",
                "api/exports/buurten.gpkg" + query,
                $"Download {what} als GeoPackage met QGIS-stijl",
                "export-gpkg"
            ),
        ];
    }

    /// <summary>The buurten of a saved selectie with their analysis as GeoJSON and CSV (;).</summary>
    public static IReadOnlyList<ExportLink> Selectie(long id, string name)
    {
        var path = "api/selecties/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new(
                "GeoJSON",
                path + "/export.geojson",
                $"Download de buurten van selectie {name} als GeoJSON",
                "selectie-export-geojson"
            ),
            new("CSV", path + "/export.csv", $"Download de buurten van selectie {name} als CSV", "selectie-export-csv"),
        ];
    }
}
