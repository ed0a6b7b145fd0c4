using System.Globalization;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Geometries;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Import;

/// <summary>
/// A read vector layer made ready to store: invalid geometries repaired (saying how), CBS sentinels turned
/// into missing values, and the report's geometry types, extent and field summary worked out.
/// </summary>
internal sealed class PreparedVectorLayer
{
    private readonly List<(Geometry Geometry, IAttributesTable? Attributes)> _features;

    private PreparedVectorLayer(
        List<(Geometry Geometry, IAttributesTable? Attributes)> features,
        FieldStatistics fields
    )
    {
        _features = features;
        Fields = fields.Summaries();
        GeometryTypes = features
            .Select(f => f.Geometry.GeometryType)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var envelope = new Envelope();
        foreach (var (geometry, _) in features)
        {
            envelope.ExpandToInclude(geometry.EnvelopeInternal);
        }

        Extent = envelope.IsNull ? null : envelope;
    }

    public int Count => _features.Count;

    public int Repaired { get; private set; }

    public int Rejected { get; private set; }

    public IReadOnlyList<string> GeometryTypes { get; }

    public Envelope? Extent { get; }

    public IReadOnlyList<ImportFieldSummary> Fields { get; }

    public static PreparedVectorLayer Prepare(VectorLayer layer, List<ImportIssue> issues)
    {
        var features = new List<(Geometry Geometry, IAttributesTable? Attributes)>(layer.Features.Count);
        var fields = new FieldStatistics();
        int repaired = 0, rejected = 0;
        for (var i = 0; i < layer.Features.Count; i++)
        {
            var feature = layer.Features[i];
            if (feature.Geometry is not { IsEmpty: false } geometry)
            {
                continue;
            }

            var valid = Repair(geometry, i, layer.Name, issues, ref repaired);
            if (valid is null)
            {
                rejected++;
                continue;
            }

            fields.Add(feature.Attributes);
            features.Add((valid, feature.Attributes));
        }

        return new PreparedVectorLayer(features, fields) { Repaired = repaired, Rejected = rejected };
    }

    /// <summary>The features to store, with attributes as JSON; made lazily so that only one JSON text lives at a
    /// time.</summary>
    public IEnumerable<LayerFeature> Features()
    {
        for (var i = 0; i < _features.Count; i++)
        {
            var (geometry, attributes) = _features[i];
            yield return new LayerFeature(i, geometry, AttributeJson.Write(attributes));
        }
    }

    private static Geometry? Repair(
        Geometry geometry,
        int index,
        string layer,
        List<ImportIssue> issues,
        ref int repaired
    )
    {
        // A point from a reader has finite coordinates, so it is valid; checking a million of them costs seconds.
        if (geometry is Point)
        {
            return geometry;
        }

        var result = RepairGeometry.Run(geometry, RepairGeometryParameters.AnyType);
        if (result.Kind == IssueKind.BrokenGeometry)
        {
            var message =
                $"Ongeldige geometrie ({result.Reason}) is niet te herstellen; het object wordt overgeslagen.";
            issues.Add(
                new ImportIssue(IssueSeverity.Warning, IssueKind.BrokenGeometry, message)
                {
                    Layer = layer,
                    FeatureIndex = index,
                }
            );
            return null;
        }

        if (result.Kind != IssueKind.Repaired)
        {
            return result.Geometry;
        }

        var fixedGeometry = result.Geometry!;
        fixedGeometry.SRID = Srid.RdNew;
        repaired++;
        var where = string.Create(CultureInfo.InvariantCulture, $"({result.Location?.X:F1}, {result.Location?.Y:F1})");
        var text =
            $"Ongeldige geometrie hersteld: {result.Reason} bij {where}; hersteld tot een geldige {fixedGeometry.GeometryType}.";
        issues.Add(
            new ImportIssue(IssueSeverity.Warning, IssueKind.Repaired, text) { Layer = layer, FeatureIndex = index }
        );
        return fixedGeometry;
    }

    internal static bool IsMissing(object? value) => value switch
    {
        null => true,
        string s => s.Trim().Length == 0,
        double d => double.IsNaN(d) || CbsSentinels.IsMissing(d),
        long l => CbsSentinels.IsMissing(l),
        _ => false,
    };
}
