using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Issues;
using Npgsql;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// Checks the staged geometries the way the .NET aggregators do and reports each problem as an
/// <see cref="AggregationIssue"/>: empty and wrong-typed geometries are set aside (NULL), invalid polygons
/// repaired with ST_MakeValid (structure method, polygons kept).
/// </summary>
internal static class PostgisGeometryCheck
{
    public static readonly Check Areas = new("go_agg_areas", "code", AggregationIssue.AreasSource, Polygonal: true);

    public static readonly Check Zones = new(
        "go_agg_features",
        "NULL::text",
        AggregationIssue.InputSource,
        Polygonal: true
    );

    public static readonly Check Lines = new(
        "go_agg_features",
        "NULL::text",
        AggregationIssue.InputSource,
        Polygonal: false
    );

    public static async Task<List<AggregationIssue>> RepairAsync(
        NpgsqlConnection connection,
        Check check,
        CancellationToken cancellationToken
    )
    {
        var issues = new List<AggregationIssue>();
        await using (var command = new NpgsqlCommand(Sql(check), connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.IsDBNull(1) ? null : reader.GetString(1);
                var type = reader.IsDBNull(3) ? null : reader.GetString(3);
                issues.Add(Issue(check, reader.GetInt32(0), key, reader.GetString(2), type));
            }
        }

        await using var empty = new NpgsqlCommand(
            $"UPDATE {check.Table} SET geom = NULL WHERE geom IS NOT NULL AND ST_IsEmpty(geom);",
            connection
        );
        await empty.ExecuteNonQueryAsync(cancellationToken);
        return [.. issues.OrderBy(i => i.Index)];
    }

    private static string Sql(Check check)
    {
        var types = check.Polygonal ? "('ST_Polygon', 'ST_MultiPolygon')" : "('ST_LineString', 'ST_MultiLineString')";
        var invalid = check.Polygonal ? "WHEN NOT ST_IsValid(geom) THEN 'invalid'" : string.Empty;
        return $"""
            UPDATE {check.Table} t
            SET geom = CASE WHEN c.problem = 'invalid' THEN ST_CollectionExtract(ST_MakeValid(t.geom, 'method=structure'), 3) END
            FROM (SELECT idx, {check.KeyColumn} AS key, substr(ST_GeometryType(geom), 4) AS type,
                    CASE WHEN geom IS NULL OR ST_IsEmpty(geom) THEN 'empty'
                         WHEN ST_GeometryType(geom) NOT IN {types} THEN 'type'
                         {invalid} END AS problem
                  FROM {check.Table}) c
            WHERE t.idx = c.idx AND c.problem IS NOT NULL
            RETURNING c.idx, c.key, c.problem, c.type;
            """;
    }

    private static AggregationIssue Issue(Check check, int index, string? key, string problem, string? type) =>
        problem switch
        {
            "empty" => new(
                check.Source,
                index,
                key,
                IssueKind.EmptyGeometry,
                check.Polygonal ? "De geometrie is leeg en telt niet mee." : "De lijn is leeg en telt niet mee."
            ),
            "type" => new(
                check.Source,
                index,
                key,
                IssueKind.UnsupportedGeometry,
                check.Polygonal
                    ? $"Verwacht een (multi)polygoon, maar dit is een {type}; overgeslagen."
                    : $"Verwacht een lijn, maar dit is een {type}; overgeslagen."
            ),
            _ => new(
                check.Source,
                index,
                key,
                IssueKind.Repaired,
                "De geometrie was ongeldig (bijv. zelfdoorsnijdend) en is gerepareerd."
            ),
        };

    /// <summary>Which staging table to check and against which geometry types.</summary>
    internal sealed record Check(string Table, string KeyColumn, string Source, bool Polygonal);
}
