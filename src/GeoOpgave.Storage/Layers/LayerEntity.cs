namespace GeoOpgave.Storage.Layers;

/// <summary>An imported layer's metadata; Name is unique. Extent and geometry are in RD New (EPSG:28992).</summary>
public sealed class LayerEntity
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    public required string SourceFile { get; set; }

    public int Srid { get; set; }

    public string? GeometryType { get; set; }

    public long FeatureCount { get; set; }

    public double? ExtentMinX { get; set; }

    public double? ExtentMinY { get; set; }

    public double? ExtentMaxX { get; set; }

    public double? ExtentMaxY { get; set; }

    /// <summary>The fields and their types as a JSON array.</summary>
    public required string FieldsJson { get; set; }

    /// <summary>The import report as JSON.</summary>
    public required string ReportJson { get; set; }

    public int? Year { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
