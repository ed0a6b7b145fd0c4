using GeoOpgave.Core.Aggregation;
using Npgsql;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// Points → areas in SQL. Every point of every staged (multi)point is matched to the areas whose closure
/// holds it (ST_Intersects is true on the boundary) and kept once, with the lowest code: DISTINCT ON the
/// point, ORDER BY code in the "C" collation — the rule of <see cref="AreaPointLocator"/>.
/// </summary>
internal static class PostgisPointAggregation
{
    // Areas drive the join so that ST_Intersects keeps one prepared area geometry while it probes the points' GiST
    // index.
    private const string Located = """
        WITH located AS (
            SELECT DISTINCT ON (p.idx, p.part) a.idx AS area, p.value, p.class
            FROM go_agg_areas a JOIN go_agg_features p ON ST_Intersects(a.geom, p.geom)
            ORDER BY p.idx, p.part, a.code)
        SELECT area, class, GROUPING(class) = 0 AS per_class, count(*), count(value), sum(value), min(value), max(value)
        FROM located
        GROUP BY GROUPING SETS ((area), (area, class));
        """;

    private const string Total =
        "SELECT count(*) FROM go_agg_features WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom);";

    public static async Task<PointAggregationResult> RunAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
    {
        var areas = await PostgisStaging.ReadAreasAsync(connection, cancellationToken);
        var totals = new (long Count, long ValueCount, double? Sum, double? Min, double? Max)[areas.Count];
        var classes = areas.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        long assigned = 0;
        await using (var command = new NpgsqlCommand(Located, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var area = reader.GetInt32(0);
                var count = reader.GetInt64(3);
                if (reader.GetBoolean(2))
                {
                    if (!reader.IsDBNull(1))
                    {
                        classes[area][reader.GetString(1)] = count;
                    }

                    continue;
                }

                assigned += count;
                totals[area] = (
                    count,
                    reader.GetInt64(4),
                    Nullable(reader, 5),
                    Nullable(reader, 6),
                    Nullable(reader, 7)
                );
            }
        }

        await using var total = new NpgsqlCommand(Total, connection);
        var all = (long)(await total.ExecuteScalarAsync(cancellationToken))!;
        var byCode = new Dictionary<string, PointStatistics>(StringComparer.Ordinal);
        for (var i = 0; i < areas.Count; i++)
        {
            var (count, valueCount, sum, min, max) = totals[i];
            byCode[areas[i].Code] = valueCount == 0
                ? new PointStatistics(count, 0, null, null, null, null, classes[i])
                : new PointStatistics(count, valueCount, sum, sum / valueCount, min, max, classes[i]);
        }

        return new PointAggregationResult(byCode, all - assigned);
    }

    private static double? Nullable(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
