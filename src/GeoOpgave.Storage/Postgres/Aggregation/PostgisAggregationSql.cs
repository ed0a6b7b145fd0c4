namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// The fixed SQL of the staging tables. They are temporary and dropped at the end of the session's
/// transaction; codes compare with COLLATE "C" so that "lowest code" means the same as the ordinal order of .NET.
/// </summary>
internal static class PostgisAggregationSql
{
    public const string CreateStaging = """
        CREATE TEMP TABLE go_agg_areas (idx integer PRIMARY KEY, code text COLLATE "C" NOT NULL, geom geometry) ON COMMIT DROP;
        CREATE TEMP TABLE go_agg_features (idx integer NOT NULL, part integer NOT NULL DEFAULT 0, geom geometry, value double precision, class text) ON COMMIT DROP;
        CREATE TEMP TABLE go_agg_pieces (piece bigint, idx integer, geom geometry) ON COMMIT DROP;
        """;

    public const string ClearAreas = "TRUNCATE go_agg_areas, go_agg_pieces;";

    public const string ClearFeatures = "TRUNCATE go_agg_features;";

    // Large areas are cut into pieces of at most 256 vertices for the polygon overlays: each overlay then
    // works on a small geometry. Pieces do not overlap, so per-piece areas add up to the area's.
    public const string IndexAreas = """
        CREATE INDEX IF NOT EXISTS go_agg_areas_geom ON go_agg_areas USING gist (geom);
        ANALYZE go_agg_areas;
        INSERT INTO go_agg_pieces (piece, idx, geom)
            SELECT row_number() OVER (), s.idx, s.geom
            FROM (SELECT idx, ST_Subdivide(geom, 256) AS geom FROM go_agg_areas WHERE geom IS NOT NULL) s;
        CREATE INDEX IF NOT EXISTS go_agg_pieces_geom ON go_agg_pieces USING gist (geom);
        ANALYZE go_agg_pieces;
        """;

    public const string IndexFeatures = """
        CREATE INDEX IF NOT EXISTS go_agg_features_geom ON go_agg_features USING gist (geom);
        ANALYZE go_agg_features;
        """;

    // Every point of a multipoint (or any other geometry) becomes a row of its own, as the .NET engine takes
    // every coordinate; plain points, the usual case, stay where they are.
    public const string ExplodePoints = """
        INSERT INTO go_agg_features (idx, part, geom, value, class)
            SELECT f.idx, row_number() OVER (PARTITION BY f.idx), d.geom, f.value, f.class
            FROM go_agg_features f CROSS JOIN LATERAL ST_DumpPoints(f.geom) d
            WHERE ST_GeometryType(f.geom) <> 'ST_Point';
        DELETE FROM go_agg_features WHERE part = 0 AND ST_GeometryType(geom) <> 'ST_Point';
        ANALYZE go_agg_features;
        """;

    public const string ReadAreas = "SELECT code, coalesce(ST_Area(geom), 0) FROM go_agg_areas ORDER BY idx;";

    public const string ReadClasses = "SELECT DISTINCT coalesce(class, '') FROM go_agg_features;";
}
