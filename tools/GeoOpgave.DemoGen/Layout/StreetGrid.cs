using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>Streets for generated networks and plans: parallel lines at one bearing across an area, cut to
/// it.</summary>
internal static class StreetGrid
{
    /// <summary>
    /// Lines <paramref name="spacingM"/> apart at <paramref name="bearing"/> (radians) across the area's envelope, cut
    /// to the area; every piece with the index of its line, so that pieces of different lines are different streets.
    /// </summary>
    public static IEnumerable<(int Row, LineString Piece)> Cut(Geometry area, double spacingM, double bearing)
    {
        var f = area.Factory;
        var e = area.EnvelopeInternal;
        var centre = e.Centre;
        var reach = Math.Max(e.Width, e.Height);
        var (dx, dy) = (Math.Cos(bearing), Math.Sin(bearing));
        var row = 0;
        for (var offset = -reach; offset <= reach; offset += spacingM, row++)
        {
            var mid = new Coordinate(centre.X - (dy * offset), centre.Y + (dx * offset));
            var street = f.CreateLineString([
                new(mid.X - (dx * reach), mid.Y - (dy * reach)),
                new(mid.X + (dx * reach), mid.Y + (dy * reach)),
            ]);
            var cut = street.Intersection(area);
            for (var i = 0; i < cut.NumGeometries; i++)
            {
                if (cut.GetGeometryN(i) is LineString piece)
                {
                    yield return (row, piece);
                }
            }
        }
    }
}
