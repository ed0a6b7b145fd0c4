using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.Validation;

/// <summary>
/// The rough RD New (EPSG:28992, metres) box around the Netherlands. Data outside it after the transform
/// to RD New almost always has swapped axes or a wrong CRS.
/// </summary>
public static class NetherlandsExtent
{
    /// <summary>The box: x 0–300 000 m, y 289 000–629 000 m.</summary>
    public static Envelope Box { get; } = new(0, 300_000, 289_000, 629_000);

    /// <summary>True when the envelope lies inside <see cref="Box"/>.</summary>
    public static bool Contains(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return Box.Contains(envelope);
    }

    /// <summary>Adds one issue to the log when any feature of the layer lies outside the Netherlands.</summary>
    internal static void Check(VectorLayer layer, IssueLog log)
    {
        var outside = 0;
        int? first = null;
        for (var i = 0; i < layer.Features.Count; i++)
        {
            var geometry = layer.Features[i].Geometry;
            if (geometry is { IsEmpty: false } && !Contains(geometry.EnvelopeInternal))
            {
                outside++;
                first ??= i;
            }
        }

        if (outside > 0)
        {
            var example = layer.Features[first!.Value].Geometry.EnvelopeInternal.Centre;
            var where = string.Create(CultureInfo.InvariantCulture, $"x={example.X:F0}, y={example.Y:F0}");
            log.Error(
                IssueKind.OutsideNetherlands,
                $"{outside} van de {layer.Features.Count} objecten liggen na omzetting naar RD New buiten Nederland " +
                $"(bijvoorbeeld {where}). Controleer of x en y (of lengte- en breedtegraad) " +
                "niet verwisseld zijn en of het coördinatenstelsel klopt.",
                first);
        }
    }
}
