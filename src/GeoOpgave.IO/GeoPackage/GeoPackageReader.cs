using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Reads feature tables of an OGC GeoPackage. Geometries come back in RD New (EPSG:28992): layers in
/// WGS84 (4326) or Web Mercator (3857) are transformed; any other CRS is an issue. Attributes are long,
/// double, string or null (SQL NULL); the primary key column is left out.
/// </summary>
public static class GeoPackageReader
{
    private const int SqliteNotADatabase = 26;

    /// <summary>The feature tables listed in gpkg_contents, sorted by name.</summary>
    public static ReadResult<IReadOnlyList<GeoPackageLayerInfo>> ListLayers(string path)
    {
        var log = new IssueLog(path);
        var layers = WithCatalog(path, log, (connection, _) => GeoPackageCatalog.FeatureLayers(connection));
        return log.Result(layers);
    }

    /// <summary>
    /// Reads one feature table. Features whose geometry is missing, empty or broken are left out with an
    /// issue naming their 0-based index in the table.
    /// </summary>
    public static ReadResult<VectorLayer> Read(string path, string layerName) => Read(path, layerName, int.MaxValue);

    /// <summary>
    /// Reads one feature table of at most <paramref name="maxFeatures"/> rows: row <c>maxFeatures + 1</c> stops the
    /// read with a <see cref="IssueKind.TooLarge"/> issue and no layer.
    /// </summary>
    public static ReadResult<VectorLayer> Read(string path, string layerName, int maxFeatures) =>
        Read(path, layerName, keepFeaturesWithoutGeometry: false, maxFeatures);

    /// <summary>
    /// Reads one feature table; with <paramref name="keepFeaturesWithoutGeometry"/> a feature without a usable
    /// geometry stays in the list with a null geometry, so feature indices match the table's rows.
    /// </summary>
    /// <param name="path">The GeoPackage.</param>
    /// <param name="layerName">The feature table.</param>
    /// <param name="keepFeaturesWithoutGeometry">Whether features without a usable geometry stay in the list.</param>
    /// <param name="maxFeatures">The most rows to read (see <see cref="Read(string, string, int)"/>).</param>
    /// <param name="wantsGeometry">Which rows' geometries to parse, judged on their attributes; the others come back
    /// without geometry and without an issue (kept only with <paramref name="keepFeaturesWithoutGeometry"/>). Parsing
    /// is most of the read, so reading one gemeente out of a national file skips it for the rest. Null: every row.
    /// </param>
    public static ReadResult<VectorLayer> Read(
        string path,
        string layerName,
        bool keepFeaturesWithoutGeometry,
        int maxFeatures = int.MaxValue,
        Func<IAttributesTable, bool>? wantsGeometry = null
    )
    {
        ArgumentNullException.ThrowIfNull(layerName);
        var log = new IssueLog(path);
        var rows = new GeoPackageRowSelection(keepFeaturesWithoutGeometry, maxFeatures, wantsGeometry);
        var layer = WithCatalog(path, log, (connection, layers) => ReadLayer(connection, layers, layerName, rows, log));
        return log.Result(layer);
    }

    private static VectorLayer? ReadLayer(
        SqliteConnection connection,
        IReadOnlyList<GeoPackageLayerInfo> layers,
        string layerName,
        GeoPackageRowSelection rows,
        IssueLog log)
    {
        var info = layers.FirstOrDefault(l => string.Equals(l.Name, layerName, StringComparison.Ordinal))
            ?? layers.FirstOrDefault(l => string.Equals(l.Name, layerName, StringComparison.OrdinalIgnoreCase));
        if (info is null)
        {
            var available = layers.Count == 0 ? "geen" : string.Join(", ", layers.Select(l => l.Name));
            log.Error(
                IssueKind.LayerNotFound,
                $"De laag '{layerName}' bestaat niet in dit GeoPackage (beschikbare lagen: {available})."
            );
            return null;
        }

        log.Layer = info.Name;
        if (info.GeometryColumn is null)
        {
            log.Error(
                IssueKind.MissingGeometry,
                "De laag staat niet in gpkg_geometry_columns, dus er is geen geometriekolom."
            );
            return null;
        }

        if (
            GeoPackageCatalog.ResolveSrid(connection, info.SrsId, log) is not { } srid
            || LayerProjection.For(srid, log) is not { } projection
        )
        {
            return null;
        }

        if (GeoPackageCatalog.IsView(connection, info.Name))
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                "De laag is een view (een opgeslagen query), geen tabel; views worden niet gelezen. Sla de laag op als tabel."
            );
            return null;
        }

        if (
            GeoPackageFeatureReader.ReadAll(connection, info, projection, rows, log) is not { } features
        )
        {
            return null;
        }

        var layer = new VectorLayer(info.Name, Srid.RdNew, features);
        NetherlandsExtent.Check(layer, log);
        return layer;
    }

    private static T? WithCatalog<T>(
        string path,
        IssueLog log,
        Func<SqliteConnection, IReadOnlyList<GeoPackageLayerInfo>, T?> read
    )
        where T : class
    {
        if (!log.RequireFile(path))
        {
            return null;
        }

        try
        {
            using var connection = GeoPackageCatalog.Open(path);
            if (!GeoPackageCatalog.HasContentsTable(connection))
            {
                log.Error(
                    IssueKind.NotAGeoPackage,
                    "Dit is een SQLite-bestand maar geen GeoPackage: de tabel gpkg_contents ontbreekt."
                );
                return null;
            }

            return read(connection, GeoPackageCatalog.FeatureLayers(connection));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteNotADatabase)
        {
            log.Error(IssueKind.NotAGeoPackage, "Dit bestand is geen GeoPackage (geen SQLite-database).");
            return null;
        }
        catch (SqliteException ex)
        {
            log.Error(IssueKind.UnreadableFile, $"Het GeoPackage kan niet gelezen worden: {ex.Message}");
            return null;
        }
    }
}
