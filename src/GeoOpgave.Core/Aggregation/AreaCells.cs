namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The grid cells of one area: those its boundary touches (conservatively, with a small margin) are
/// returned; those that lie wholly inside it, found per row of cells from the boundary crossings of the
/// row's centre line, are handed to a claim callback.
/// </summary>
internal static class AreaCells
{
    public static int[] Compute(
        PolygonEdges edges,
        int area,
        double minX,
        double minY,
        double maxX,
        double maxY,
        LocatorGrid grid,
        Action<int> claimInside
    )
    {
        int c0 = grid.Column(minX), c1 = grid.Column(maxX), r0 = grid.Row(minY), r1 = grid.Row(maxY);
        int width = c1 - c0 + 1, height = r1 - r0 + 1;
        var marked = new bool[width * height];
        var xy = edges.Coordinates;
        var margin = grid.CellSize * 1e-7;
        for (var e = edges.Starts[area]; e < edges.Starts[area + 1]; e++)
        {
            MarkEdge(
                xy[e * 4],
                xy[(e * 4) + 1],
                xy[(e * 4) + 2],
                xy[(e * 4) + 3],
                margin,
                grid,
                c0,
                r0,
                width,
                height,
                marked
            );
        }

        var boundary = new List<int>();
        var crossings = RowCrossings(xy, edges.Starts[area], edges.Starts[area + 1], r0, height, grid);
        for (var k = 0; k + 1 < crossings.Count; k += 2)
        {
            var r = crossings[k].Row;
            int from = Math.Max((int)Math.Ceiling(((crossings[k].X - grid.X0) / grid.CellSize) - 0.5), c0);
            int to = Math.Min((int)Math.Floor(((crossings[k + 1].X - grid.X0) / grid.CellSize) - 0.5), c1);
            for (var c = from; c <= to; c++)
            {
                if (!marked[(r * width) + c - c0])
                {
                    claimInside(((r0 + r) * grid.Columns) + c);
                }
            }
        }

        for (var k = 0; k < marked.Length; k++)
        {
            if (marked[k])
            {
                boundary.Add(((r0 + (k / width)) * grid.Columns) + c0 + (k % width));
            }
        }

        return [.. boundary];
    }

    private static void MarkEdge(
        double x1,
        double y1,
        double x2,
        double y2,
        double margin,
        LocatorGrid grid,
        int c0,
        int r0,
        int width,
        int height,
        bool[] marked
    )
    {
        double ylo = Math.Min(y1, y2),
            yhi = Math.Max(y1, y2);
        int rowFrom = Math.Max(grid.Row(ylo - margin) - r0, 0),
            rowTo = Math.Min(grid.Row(yhi + margin) - r0, height - 1);
        for (var r = rowFrom; r <= rowTo; r++)
        {
            var bandLo = Math.Max(grid.Y0 + ((r0 + r) * grid.CellSize) - margin, ylo);
            var bandHi = Math.Min(grid.Y0 + ((r0 + r + 1) * grid.CellSize) + margin, yhi);
            double xa, xb;
            if (y1 == y2)
            {
                (xa, xb) = (x1, x2);
            }
            else
            {
                var slope = (x2 - x1) / (y2 - y1);
                (xa, xb) = (x1 + ((bandLo - y1) * slope), x1 + ((bandHi - y1) * slope));
            }

            int colFrom = Math.Max(grid.Column(Math.Min(xa, xb) - margin) - c0, 0),
                colTo = Math.Min(grid.Column(Math.Max(xa, xb) + margin) - c0, width - 1);
            for (var c = colFrom; c <= colTo; c++)
            {
                marked[(r * width) + c] = true;
            }
        }
    }

    /// <summary>Where the edges cross the centre lines of the rows, sorted by row and x; half-open in y so every row
    /// gets an even count.</summary>
    private static List<(int Row, double X)> RowCrossings(
        double[] xy,
        int from,
        int to,
        int r0,
        int height,
        LocatorGrid grid
    )
    {
        var crossings = new List<(int Row, double X)>();
        for (var e = from; e < to; e++)
        {
            double x1 = xy[e * 4], y1 = xy[(e * 4) + 1], x2 = xy[(e * 4) + 2], y2 = xy[(e * 4) + 3];
            if (y1 == y2)
            {
                continue;
            }

            var (ylo, yhi) = y1 < y2 ? (y1, y2) : (y2, y1);
            var first = Math.Max((int)Math.Ceiling(((ylo - grid.Y0) / grid.CellSize) - 0.5) - r0, 0);
            for (var r = first; r < height; r++)
            {
                var y = grid.Y0 + ((r0 + r + 0.5) * grid.CellSize);
                if (y >= yhi)
                {
                    break;
                }

                if (y >= ylo)
                {
                    crossings.Add((r, x1 + ((y - y1) * (x2 - x1) / (y2 - y1))));
                }
            }
        }

        crossings.Sort();
        return crossings;
    }
}
