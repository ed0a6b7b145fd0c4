using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.Shapefile;

/// <summary>Turns one shapefile record into a feature with an RD New geometry and normalised attributes.</summary>
internal static class ShapefileFeatures
{
    public static IFeature Convert(IFeature record, int index, LayerProjection projection, IssueLog log)
    {
        var attributes = new AttributesTable();
        foreach (var name in record.Attributes.GetNames())
        {
            var value = AttributeValues.Normalise(record.Attributes[name]);
            attributes.Add(name, value is string s ? s.TrimEnd() : value);
        }

        var geometry = record.Geometry;
        if (geometry is null)
        {
            log.Warning(
                IssueKind.MissingGeometry,
                "Record zonder geometrie (null shape); het wordt overgeslagen.",
                index
            );
            return new Feature(null, attributes);
        }

        if (geometry.IsEmpty)
        {
            log.Warning(IssueKind.EmptyGeometry, "Record met lege geometrie; het wordt overgeslagen.", index);
            return new Feature(null, attributes);
        }

        return new Feature(projection.ToRdNew(geometry), attributes);
    }
}
