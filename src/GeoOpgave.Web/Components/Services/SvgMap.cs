using System.Globalization;
using System.Text;
using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Components.Services;

/// <summary>
/// A static map as SVG paths: RD New metres scaled straight onto the page (RD New is already a flat projection, so
/// no tiles or reprojection are needed), north up. The highlighted areas set the extent; neighbours fill the frame.
/// </summary>
public static class SvgMap
{
    /// <summary>The paths of the areas in the frame around <paramref name="highlighted"/>, and the viewBox.</summary>
    /// <param name="width">Width of the viewBox in SVG units; the height follows the extent.</param>
    public static (string ViewBox, IReadOnlyList<SvgShape> Shapes) Build(
        IReadOnlyList<Area> areas, IReadOnlySet<string> highlighted, Func<Area, string> fill, double width)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(highlighted);
        ArgumentNullException.ThrowIfNull(fill);
        var extent = new Envelope();
        foreach (var area in areas.Where(a => highlighted.Contains(a.Code)))
        {
            extent.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        if (extent.IsNull)
        {
            return ("0 0 1 1", []);
        }

        extent.ExpandBy(Math.Max(extent.Width, extent.Height) * 0.08);
        var scale = width / extent.Width;
        var height = extent.Height * scale;
        var shapes = areas
            .Where(a => a.Geometry.EnvelopeInternal.Intersects(extent))
            .OrderBy(a => highlighted.Contains(a.Code))
            .Select(a => new SvgShape(
                a.Code,
                a.Name,
                PathOf(a.Geometry, extent, scale),
                fill(a),
                highlighted.Contains(a.Code)
            ))
            .ToArray();
        return ($"0 0 {Invariant(width)} {Invariant(height)}", shapes);
    }

    private static string PathOf(Geometry geometry, Envelope extent, double scale)
    {
        var d = new StringBuilder();
        for (var g = 0; g < geometry.NumGeometries; g++)
        {
            if (geometry.GetGeometryN(g) is not Polygon polygon)
            {
                continue;
            }

            Ring(d, polygon.ExteriorRing, extent, scale);
            foreach (var hole in polygon.InteriorRings)
            {
                Ring(d, hole, extent, scale);
            }
        }

        return d.ToString();
    }

    private static void Ring(StringBuilder d, LineString ring, Envelope extent, double scale)
    {
        var coordinates = ring.Coordinates;
        for (var i = 0; i < coordinates.Length; i++)
        {
            var x = (coordinates[i].X - extent.MinX) * scale;
            var y = (extent.MaxY - coordinates[i].Y) * scale;
            d.Append(i == 0 ? 'M' : 'L').Append(Invariant(x)).Append(' ').Append(Invariant(y));
        }

        d.Append('Z');
    }

    private static string Invariant(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
