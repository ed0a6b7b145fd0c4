using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Layers;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Layers;

/// <summary>Between layer records and stored entities.</summary>
internal static class LayerMapping
{
    public static LayerEntity ToEntity(NewLayer layer, DateTimeOffset createdAt) => new()
    {
        Name = layer.Name,
        Kind = KindName(layer.Kind),
        SourceFile = layer.SourceFile,
        Srid = Srid.RdNew,
        GeometryType = layer.GeometryType,
        ExtentMinX = layer.Extent is { IsNull: false } e ? e.MinX : null,
        ExtentMinY = layer.Extent is { IsNull: false } e2 ? e2.MinY : null,
        ExtentMaxX = layer.Extent is { IsNull: false } e3 ? e3.MaxX : null,
        ExtentMaxY = layer.Extent is { IsNull: false } e4 ? e4.MaxY : null,
        FieldsJson = layer.FieldsJson,
        ReportJson = layer.ReportJson,
        Year = layer.Year,
        CreatedAt = createdAt.ToUniversalTime(),
    };

    /// <summary>Sets what a streamed layer knows only after its features: geometry type, extent, fields and
    /// report.</summary>
    public static void Complete(LayerEntity entity, NewLayer layer)
    {
        var final = ToEntity(layer, entity.CreatedAt);
        entity.GeometryType = final.GeometryType;
        (entity.ExtentMinX, entity.ExtentMinY, entity.ExtentMaxX, entity.ExtentMaxY) = (
            final.ExtentMinX,
            final.ExtentMinY,
            final.ExtentMaxX,
            final.ExtentMaxY
        );
        entity.FieldsJson = final.FieldsJson;
        entity.ReportJson = final.ReportJson;
    }

    public static ImportedLayer ToInfo(LayerEntity entity) => new(
        entity.Id,
        entity.Name,
        ParseKind(entity.Kind),
        entity.SourceFile,
        entity.Srid,
        entity.GeometryType,
        entity.FeatureCount,
        entity is { ExtentMinX: { } minX, ExtentMinY: { } minY, ExtentMaxX: { } maxX, ExtentMaxY: { } maxY }
            ? new Envelope(minX, maxX, minY, maxY)
            : null,
        entity.FieldsJson,
        entity.ReportJson,
        entity.Year,
        entity.CreatedAt);

    /// <summary>The geometry labelled RD New; SRID 0 means "not said" and is RD New by the house rule.</summary>
    public static Geometry InRdNew(Geometry geometry, int index)
    {
        if (geometry.SRID == Srid.RdNew)
        {
            return geometry;
        }

        if (geometry.SRID != 0)
        {
            throw new ArgumentException(
                $"Feature {index} has SRID {geometry.SRID}; transform it to RD New ({Srid.RdNew}) before storing.",
                nameof(geometry));
        }

        var copy = geometry.Copy();
        copy.SRID = Srid.RdNew;
        return copy;
    }

    private static string KindName(LayerKind kind) => kind switch
    {
        LayerKind.Vector => "vector",
        LayerKind.Raster => "raster",
        LayerKind.Table => "table",
        LayerKind.Werken => "werken",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown layer kind."),
    };

    private static LayerKind ParseKind(string kind) => kind switch
    {
        "vector" => LayerKind.Vector,
        "raster" => LayerKind.Raster,
        "table" => LayerKind.Table,
        "werken" => LayerKind.Werken,
        _ => throw new InvalidOperationException($"The layers table holds an unknown kind '{kind}'."),
    };
}
