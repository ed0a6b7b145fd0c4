using GeoOpgave.Core.Aggregation;
using Npgsql;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// Polygons → areas in SQL: per piece of an area (ST_Subdivide) and class, the zones that meet it are
/// clipped to it (taken whole when the piece covers them) and unioned, so overlapping zones of a class
/// count once; the pieces' areas add up per area. Every area gets a row for every class.
/// </summary>
internal static class PostgisZoneAggregation
{
    private const string Covered = """
        SELECT s.idx, s.class, sum(s.area_m2)
        FROM (
            SELECT p.piece, p.idx, coalesce(f.class, '') AS class,
                ST_Area(ST_Union(CASE WHEN ST_CoveredBy(f.geom, p.geom) THEN f.geom ELSE ST_Intersection(f.geom, p.geom) END)) AS area_m2
            FROM go_agg_pieces p JOIN go_agg_features f ON ST_Intersects(f.geom, p.geom)
            GROUP BY p.piece, p.idx, coalesce(f.class, '')) s
        GROUP BY s.idx, s.class;
        """;

    public static async Task<IReadOnlyList<ZoneCoverage>> RunAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
    {
        return await PostgisStaging.ReadPerClassAndAreaAsync(
            connection,
            Covered,
            (area, cls, m2) =>
                new ZoneCoverage(area.Code, cls, m2, area.AreaM2 > 0 ? Math.Min(1, m2 / area.AreaM2) : 0),
            cancellationToken
        );
    }
}
