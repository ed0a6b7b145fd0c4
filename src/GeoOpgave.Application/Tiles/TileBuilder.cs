using NetTopologySuite.Features;

namespace GeoOpgave.Application.Tiles;

/// <summary>
/// Encodes one Mapbox vector tile (MVT 2.1) of a snapshot: the features whose envelope meets the tile (R-tree), with
/// the geometry simplified once per zoom, clipped to the tile plus a small buffer and rounded to tile units. Below
/// <see cref="FullAttributesZoom"/> a feature carries only what the map colours by (its id, overlap and the urgentie
/// per opgave). A tile that would still exceed <see cref="MaxTileBytes"/> is encoded again with fewer attributes (down
/// to the id alone) and then with only its largest features, as tile servers do, so that no tile gets over the limit.
/// </summary>
public static class TileBuilder
{
    /// <summary>MVT units of overlap around the tile, so strokes at tile edges join without seams.</summary>
    public const int BufferUnits = 64;

    /// <summary>From this zoom on a feature carries all its attributes.</summary>
    public const int FullAttributesZoom = 12;

    /// <summary>The largest tile the builder writes when it can help it.</summary>
    public const int MaxTileBytes = 500 * 1024;

    // A 4096-unit tile is drawn 256 pixels wide, so 16 units² is a sixteenth of a pixel: nothing smaller is visible.
    private const double MinArea = 16;

    // Level 0 carries what the zoom asks for, level 1 leaves out the urgentie, level 2 also the overlap (the map can
    // colour by code); only then are features left out.
    private const int AttributeLevels = 3;

    /// <summary>The tile's bytes; empty when no feature meets the tile.</summary>
    public static byte[] Build(TileSnapshot snapshot, TileAddress address, string layerName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(address);
        var frame = new TileFrame(address, BufferUnits);
        var shapes = new List<TileShape>();
        foreach (var index in snapshot.Query(frame.Envelope))
        {
            var shape = snapshot.Shape(index, address.Z);
            var parts = TileGeometry.Parts(shape, frame, MinArea);
            if (parts.Count > 0)
            {
                shapes.Add(new TileShape(index, shape.MvtType, parts, TileGeometry.LargestArea(parts, shape.MvtType)));
            }
        }

        var bytesPerFeature = 0.0;
        for (var level = 0; level < AttributeLevels; level++)
        {
            var (writer, written) = Encode(snapshot, address.Z, shapes, level, MaxTileBytes);
            if (writer is not null)
            {
                return writer.ToTile(layerName, TileAddress.Extent);
            }

            bytesPerFeature = (double)MaxTileBytes / written;
        }

        return Thinned(snapshot, address.Z, shapes, bytesPerFeature).ToTile(layerName, TileAddress.Extent);
    }

    // Still too big with the id alone: the largest features that fit, equal ones spread over the tile by a hash.
    private static MvtWriter Thinned(TileSnapshot snapshot, int zoom, List<TileShape> shapes, double bytesPerFeature)
    {
        var ranked = shapes.OrderByDescending(s => s.Area).ThenBy(s => (uint)s.Index * 2654435761u).ToList();
        var count = (int)(MaxTileBytes / bytesPerFeature * 0.9);
        while (true)
        {
            var subset = ranked.Take(count).OrderBy(s => s.Index).ToList();
            var (writer, _) = Encode(
                snapshot,
                zoom,
                subset,
                AttributeLevels - 1,
                count <= 1 ? long.MaxValue : MaxTileBytes
            );
            if (writer is not null)
            {
                return writer;
            }

            count = count * 4 / 5;
        }
    }

    // No writer as soon as the tile grows past the budget, so a level that does not fit costs no more than the budget.
    private static (MvtWriter? Writer, int Written) Encode(
        TileSnapshot snapshot,
        int zoom,
        List<TileShape> shapes,
        int level,
        long budget
    )
    {
        var writer = new MvtWriter();
        foreach (var shape in shapes)
        {
            writer.AddFeature(
                shape.MvtType,
                shape.Parts,
                Attributes(snapshot.Attributes[shape.Index], snapshot.IdAttribute, zoom, level)
            );
            if (writer.Length > budget)
            {
                return (null, writer.Count);
            }
        }

        return (writer, writer.Count);
    }

    private static IEnumerable<KeyValuePair<string, object?>> Attributes(
        IAttributesTable? table,
        string idAttribute,
        int zoom,
        int level
    )
    {
        var all = zoom >= FullAttributesZoom && level == 0;
        foreach (var name in table?.GetNames() ?? [])
        {
            var keep = all
                || string.Equals(name, idAttribute, StringComparison.Ordinal)
                || (level <= 1 && name is "overlap" or "bekende_opgaven")
                || (level == 0 && name.StartsWith("urgentie_", StringComparison.Ordinal));
            if (keep)
            {
                yield return new(name, table![name]);
            }
        }
    }

    private sealed record TileShape(int Index, int MvtType, List<int[]> Parts, double Area);
}
