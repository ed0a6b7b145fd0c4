using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>Fills the staging tables: by binary COPY from .NET objects, or by INSERT … SELECT from the stored tables.</summary>
internal static class PostgisStaging
{
    // The same rule as the .NET side: a JSON number, or a string that reads as one in the invariant culture.
    private const string NumberOf = """
        CASE jsonb_typeof(attributes -> @value_field)
            WHEN 'number' THEN (attributes ->> @value_field)::double precision
            WHEN 'string' THEN CASE WHEN btrim(attributes ->> @value_field) ~ '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$'
                THEN btrim(attributes ->> @value_field)::double precision END
        END
        """;

    private const string ClassOf = """
        CASE WHEN jsonb_typeof(attributes -> @class_field) IN ('string', 'number', 'boolean')
            THEN nullif(btrim(attributes ->> @class_field), '') END
        """;

    public static async Task CopyAreasAsync(NpgsqlConnection connection, IReadOnlyList<Area> areas, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("COPY go_agg_areas (idx, code, geom) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < areas.Count; i++)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(areas[i].Code, NpgsqlDbType.Text, cancellationToken);
            await WriteGeometryAsync(writer, areas[i].Geometry, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    public static async Task CopyFeaturesAsync(NpgsqlConnection connection, IEnumerable<PostgisFeature> features, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("COPY go_agg_features (idx, geom, value, class) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var index = 0;
        foreach (var feature in features)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(index++, NpgsqlDbType.Integer, cancellationToken);
            await WriteGeometryAsync(writer, feature.Geometry, cancellationToken);
            if (feature.Value is { } value && double.IsFinite(value))
            {
                await writer.WriteAsync(value, NpgsqlDbType.Double, cancellationToken);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken);
            }

            if (feature.Class is { } cls)
            {
                await writer.WriteAsync(cls, NpgsqlDbType.Text, cancellationToken);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    public static async Task InsertStoredAreasAsync(NpgsqlConnection connection, AreaLevel level, int year, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO go_agg_areas (idx, code, geom)
            SELECT (row_number() OVER (ORDER BY code COLLATE "C") - 1)::integer, code, geometry
            FROM areas WHERE level = @level AND year = @year;
            """;
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("level", level.ToString());
        command.Parameters.AddWithValue("year", year);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task InsertStoredLayerAsync(NpgsqlConnection connection, StoredLayerSelection selection, CancellationToken cancellationToken)
    {
        var value = selection.ValueField is null ? "NULL::double precision" : NumberOf;
        var cls = selection.ClassField is null ? "NULL::text" : ClassOf;
        var select = $"SELECT feature_index AS idx, geometry AS geom, {value} AS value, {cls} AS class FROM layer_features WHERE layer_id = @layer";
        var sql = selection.OnlyClasses is null
            ? $"INSERT INTO go_agg_features (idx, geom, value, class) {select};"
            : $"INSERT INTO go_agg_features (idx, geom, value, class) SELECT idx, geom, value, NULL FROM ({select}) s WHERE s.class = ANY(@classes);";
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("layer", selection.LayerId);
        command.Parameters.AddWithValue("value_field", selection.ValueField ?? string.Empty);
        command.Parameters.AddWithValue("class_field", selection.ClassField ?? string.Empty);
        command.Parameters.AddWithValue("classes", (selection.OnlyClasses ?? []).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<(string Code, double AreaM2)>> ReadAreasAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var areas = new List<(string, double)>();
        await using var command = new NpgsqlCommand(PostgisAggregationSql.ReadAreas, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            areas.Add((reader.GetString(0), reader.GetDouble(1)));
        }

        return areas;
    }

    public static async Task<List<string>> ReadClassesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var classes = new List<string>();
        await using var command = new NpgsqlCommand(PostgisAggregationSql.ReadClasses, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            classes.Add(reader.GetString(0));
        }

        classes.Sort(StringComparer.Ordinal);
        return classes;
    }

    /// <summary>Runs a query of (area index, class, measure) rows into a lookup.</summary>
    public static async Task<Dictionary<(int Area, string Class), double>> ReadByAreaAndClassAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var measures = new Dictionary<(int Area, string Class), double>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            measures[(reader.GetInt32(0), reader.GetString(1))] = reader.GetDouble(2);
        }

        return measures;
    }

    private static async Task WriteGeometryAsync(NpgsqlBinaryImporter writer, Geometry? geometry, CancellationToken cancellationToken)
    {
        if (geometry is null)
        {
            await writer.WriteNullAsync(cancellationToken);
            return;
        }

        if (geometry.SRID is not (0 or Srid.RdNew))
        {
            throw new ArgumentException($"A geometry has SRID {geometry.SRID}; transform it to RD New ({Srid.RdNew}) before staging.", nameof(geometry));
        }

        if (geometry.SRID == 0)
        {
            geometry = geometry.Copy();
            geometry.SRID = Srid.RdNew;
        }

        await writer.WriteAsync(geometry, NpgsqlDbType.Geometry, cancellationToken);
    }
}
