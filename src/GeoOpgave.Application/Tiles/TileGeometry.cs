namespace GeoOpgave.Application.Tiles;

/// <summary>
/// Turns a Web Mercator shape into the integer parts of one tile: scaled to MVT units (y down), polygon rings clipped
/// to the buffered tile square (Sutherland–Hodgman, which cannot fail on any ring), rounded, rid of repeated points,
/// rings oriented as MVT demands and collapsed or too-small rings dropped (a hole with its exterior).
/// </summary>
public static class TileGeometry
{
    /// <summary>The feature's parts in tile units; empty when nothing of it is left in the tile.</summary>
    /// <param name="minArea">Exterior rings smaller than this (in square MVT units) are dropped with their
    /// holes.</param>
    public static List<int[]> Parts(MercatorShape shape, TileFrame frame, double minArea)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(frame);
        var parts = new List<int[]>();
        // No ring is larger than the envelope: at low zooms this skips most buurten before any work.
        if (shape.MvtType == 3 && frame.Units(shape.Envelope.Width) * frame.Units(shape.Envelope.Height) < minArea)
        {
            return parts;
        }

        var keepHoles = false;
        for (var i = 0; i < shape.Parts.Count; i++)
        {
            var scaled = frame.Scale(shape.Parts[i]);
            if (shape.MvtType != 3)
            {
                if (Round(shape.MvtType == 1 ? frame.Inside(scaled) : scaled, closed: false) is { Length: >= 2 } line
                    && (shape.MvtType == 1 || line.Length >= 4))
                {
                    parts.Add(line);
                }

                continue;
            }

            var exterior = shape.Exterior[i];
            if (!exterior && !keepHoles)
            {
                continue;
            }

            var ring = Ring(frame.Clip(scaled), exterior, exterior ? minArea : 0);
            if (exterior)
            {
                keepHoles = ring is not null;
            }

            if (ring is not null)
            {
                parts.Add(ring);
            }
        }

        return parts;
    }

    /// <summary>The area of the largest exterior ring of polygon parts (square tile units); 0 for points and
    /// lines.</summary>
    public static double LargestArea(IReadOnlyList<int[]> parts, int mvtType)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return mvtType == 3 ? parts.Select(SignedArea).DefaultIfEmpty(0).Max() : 0;
    }

    // MVT: an exterior ring has positive area by the surveyor's formula in tile units (clockwise on screen), a hole
    // negative.
    private static int[]? Ring(double[] clipped, bool exterior, double minArea)
    {
        if (Round(clipped, closed: true) is not { Length: >= 6 } ring)
        {
            return null;
        }

        var area = SignedArea(ring);
        if (area == 0 || Math.Abs(area) < minArea)
        {
            return null;
        }

        if ((area > 0) != exterior)
        {
            Reverse(ring);
        }

        return ring;
    }

    private static int[]? Round(double[] xy, bool closed)
    {
        var result = new List<int>(xy.Length);
        for (var i = 0; i < xy.Length; i += 2)
        {
            var (x, y) = ((int)Math.Round(xy[i]), (int)Math.Round(xy[i + 1]));
            if (result.Count >= 2 && result[^2] == x && result[^1] == y)
            {
                continue;
            }

            result.Add(x);
            result.Add(y);
        }

        // A ring's closing point repeats its first; MVT closes rings with a command instead.
        while (closed && result.Count >= 4 && result[0] == result[^2] && result[1] == result[^1])
        {
            result.RemoveRange(result.Count - 2, 2);
        }

        return result.Count == 0 ? null : [.. result];
    }

    private static double SignedArea(int[] ring)
    {
        long twice = 0;
        var n = ring.Length / 2;
        for (var i = 0; i < n; i++)
        {
            var j = (i + 1) % n;
            twice += ((long)ring[2 * i] * ring[(2 * j) + 1]) - ((long)ring[2 * j] * ring[(2 * i) + 1]);
        }

        return twice / 2.0;
    }

    private static void Reverse(int[] ring)
    {
        var n = ring.Length / 2;
        for (var i = 0; i < n / 2; i++)
        {
            var j = n - 1 - i;
            (ring[2 * i], ring[2 * j]) = (ring[2 * j], ring[2 * i]);
            (ring[(2 * i) + 1], ring[(2 * j) + 1]) = (ring[(2 * j) + 1], ring[(2 * i) + 1]);
        }
    }
}
