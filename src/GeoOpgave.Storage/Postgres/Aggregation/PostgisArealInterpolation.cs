using GeoOpgave.Core.Aggregation;
using Npgsql;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// Areal interpolation in SQL: each source with a finite value and a positive area is shared out over the
/// pieces of the areas it overlaps, in proportion to the overlap (extensive) and weighted by it (intensive).
/// Sources are not dissolved. An area without an overlapping source gets null estimates.
/// </summary>
internal static class PostgisArealInterpolation
{
    private const string Estimates = """
        SELECT s.idx, sum(s.value * s.shared / s.full_m2), sum(s.value * s.shared), sum(s.shared)
        FROM (
            SELECT p.idx, f.value, ST_Area(f.geom) AS full_m2,
                ST_Area(CASE WHEN ST_CoveredBy(f.geom, p.geom) THEN f.geom ELSE ST_Intersection(f.geom, p.geom) END) AS shared
            FROM go_agg_pieces p JOIN go_agg_features f ON ST_Intersects(f.geom, p.geom)
            WHERE f.value IS NOT NULL AND f.value NOT IN ('NaN', 'Infinity', '-Infinity')) s
        WHERE s.shared > 0 AND s.full_m2 > 0
        GROUP BY s.idx;
        """;

    public static async Task<IReadOnlyList<ArealEstimate>> RunAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
    {
        var areas = await PostgisStaging.ReadAreasAsync(connection, cancellationToken);
        var sums = new Dictionary<int, (double Extensive, double Weighted, double Overlap)>();
        await using (var command = new NpgsqlCommand(Estimates, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                sums[reader.GetInt32(0)] = (reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
            }
        }

        return areas.Select((a, i) => sums.TryGetValue(i, out var s)
            ? new ArealEstimate(a.Code, s.Extensive, s.Weighted / s.Overlap, s.Overlap)
            : new ArealEstimate(a.Code, null, null, 0)).ToList();
    }
}
