using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>Fills the staging tables by binary COPY from .NET objects.</summary>
internal static class PostgisStaging
{
    public static async Task CopyAreasAsync(
        NpgsqlConnection connection,
        IReadOnlyList<Area> areas,
        CancellationToken cancellationToken
    )
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY go_agg_areas (idx, code, geom) FROM STDIN (FORMAT BINARY)",
            cancellationToken
        );
        for (var i = 0; i < areas.Count; i++)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(areas[i].Code, NpgsqlDbType.Text, cancellationToken);
            await WriteGeometryAsync(writer, areas[i].Geometry, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    public static async Task CopyFeaturesAsync(
        NpgsqlConnection connection,
        IEnumerable<PostgisFeature> features,
        CancellationToken cancellationToken
    )
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY go_agg_features (idx, geom, value, class) FROM STDIN (FORMAT BINARY)",
            cancellationToken
        );
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

    public static async Task<IReadOnlyList<(string Code, double AreaM2)>> ReadAreasAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
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

    public static async Task<List<string>> ReadClassesAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
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

    /// <summary>
    /// One row per class and area, classes in order and areas within each, from a query of (area index, class,
    /// measure) rows; the measure is 0 where the query has no row.
    /// </summary>
    public static async Task<List<T>> ReadPerClassAndAreaAsync<T>(
        NpgsqlConnection connection,
        string sql,
        Func<(string Code, double AreaM2), string, double, T> row,
        CancellationToken cancellationToken
    )
    {
        var areas = await ReadAreasAsync(connection, cancellationToken);
        var classes = await ReadClassesAsync(connection, cancellationToken);
        var measures = await ReadByAreaAndClassAsync(connection, sql, cancellationToken);
        var rows = new List<T>(classes.Count * areas.Count);
        foreach (var cls in classes)
        {
            for (var i = 0; i < areas.Count; i++)
            {
                rows.Add(row(areas[i], cls, measures.GetValueOrDefault((i, cls))));
            }
        }

        return rows;
    }

    private static async Task<Dictionary<(int Area, string Class), double>> ReadByAreaAndClassAsync(
        NpgsqlConnection connection,
        string sql,
        CancellationToken cancellationToken
    )
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

    private static async Task WriteGeometryAsync(
        NpgsqlBinaryImporter writer,
        Geometry? geometry,
        CancellationToken cancellationToken
    )
    {
        if (geometry is null)
        {
            await writer.WriteNullAsync(cancellationToken);
            return;
        }

        if (geometry.SRID is not (0 or Srid.RdNew))
        {
            throw new ArgumentException(
                $"A geometry has SRID {geometry.SRID}; transform it to RD New ({Srid.RdNew}) before staging.",
                nameof(geometry)
            );
        }

        if (geometry.SRID == 0)
        {
            geometry = geometry.Copy();
            geometry.SRID = Srid.RdNew;
        }

        await writer.WriteAsync(geometry, NpgsqlDbType.Geometry, cancellationToken);
    }
}
