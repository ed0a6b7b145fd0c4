using System.Globalization;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Says when a layer cannot have been meant for the workspace's buurten: another gemeente's file gives every buurt
/// a 0 or nothing, which looks like a real result unless someone says so. <c>indicators compute</c> says it of a
/// result, the import of a vector or raster layer of the layer itself.
/// </summary>
internal static class LayerPlacement
{
    /// <summary>The hint in Dutch, or null when some buurt got a value other than 0.</summary>
    public static string? Hint(ImportedLayer layer, IReadOnlyList<Area> buurten, IReadOnlyList<IndicatorValue> values)
    {
        if (values.Any(v => v.Value is { } value && value != 0))
        {
            return null;
        }

        return Outside(layer.Name, layer.Extent, BuurtenExtent.Of(buurten))
            ?? $"geen enkele van de {buurten.Count} buurten van {buurten[0].Year} krijgt uit '{layer.Name}' een "
                + "waarde anders dan 0 of onbekend; liggen de objecten buiten deze buurten, of komen de gekozen klassen "
                + "niet voor?";
    }

    /// <summary>
    /// The hint in Dutch when the layer's extent (RD New) does not touch the extent of the <paramref name="buurten"/>,
    /// else null: also what an import of such a layer warns.
    /// </summary>
    public static string? Outside(string layerName, Envelope? extent, BuurtenExtent buurten) =>
        extent is { IsNull: false } && !extent.Intersects(buurten.Extent)
            ? $"de laag '{layerName}' ligt geheel buiten de {buurten.Count} buurten van {buurten.Year} "
                + $"(laag {Box(extent)}, buurten {Box(buurten.Extent)}, RD New); hoort zij bij een andere gemeente?"
            : null;

    private static string Box(Envelope e) =>
        string.Create(CultureInfo.InvariantCulture, $"x {e.MinX:0}–{e.MaxX:0}, y {e.MinY:0}–{e.MaxY:0}");
}
