using GeoOpgave.Core.Aggregation;
using Npgsql;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// Lines → areas in SQL: the length of each line inside each whole area (not subdivided: a line along a
/// cut would count twice), per class. A line on a shared boundary counts in both areas, as in .NET.
/// </summary>
internal static class PostgisLineAggregation
{
    private const string Lengths = """
        SELECT a.idx, coalesce(f.class, ''),
            sum(CASE WHEN ST_CoveredBy(f.geom, a.geom) THEN ST_Length(f.geom) ELSE ST_Length(ST_Intersection(f.geom, a.geom)) END)
        FROM go_agg_areas a JOIN go_agg_features f ON ST_Intersects(a.geom, f.geom)
        GROUP BY 1, 2;
        """;

    public static async Task<IReadOnlyList<LineLength>> RunAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
    {
        return await PostgisStaging.ReadPerClassAndAreaAsync(
            connection,
            Lengths,
            (area, cls, length) => new LineLength(area.Code, cls.Length == 0 ? null : cls, length),
            cancellationToken
        );
    }
}
