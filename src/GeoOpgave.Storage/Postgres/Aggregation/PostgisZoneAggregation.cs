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
        var areas = await PostgisStaging.ReadAreasAsync(connection, cancellationToken);
        var classes = await PostgisStaging.ReadClassesAsync(connection, cancellationToken);
        var covered = await PostgisStaging.ReadByAreaAndClassAsync(connection, Covered, cancellationToken);
        var result = new List<ZoneCoverage>(classes.Count * areas.Count);
        foreach (var cls in classes)
        {
            for (var i = 0; i < areas.Count; i++)
            {
                var (code, areaM2) = areas[i];
                var m2 = covered.GetValueOrDefault((i, cls));
                result.Add(new ZoneCoverage(code, cls, m2, areaM2 > 0 ? Math.Min(1, m2 / areaM2) : 0));
            }
        }

        return result;
    }
}
