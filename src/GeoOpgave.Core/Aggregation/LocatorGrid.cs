namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The grid of <see cref="AreaPointLocator"/>: per cell either the one area that holds the whole cell
/// (<see cref="Owner"/> ≥ 0), or the candidate areas in code order whose boundary touches the cell
/// (<see cref="Owner"/> = -2; areas overlapping each other are candidates too), or nothing (-1). Without inside
/// cells, every cell lists the areas whose envelope meets it: no edge is walked to build it, which is what few
/// points need.
/// </summary>
internal sealed class LocatorGrid
{
    private const int MaxCells = 1 << 24;
    private readonly double _x0;
    private readonly double _y0;
    private readonly double _cellSize;
    private readonly int _columns;
    private readonly int _rows;

    public LocatorGrid(
        PolygonEdges edges,
        double[] minX,
        double[] minY,
        double[] maxX,
        double[] maxY,
        int[] byCode,
        int cellsPerArea,
        bool insideCells
    )
    {
        var valid = Enumerable.Range(0, minX.Length).Where(i => !double.IsNaN(minX[i])).ToArray();
        if (valid.Length == 0)
        {
            (Owner, CandidateStarts, Candidates) = ([], [0], []);
            return;
        }

        _x0 = valid.Min(i => minX[i]);
        _y0 = valid.Min(i => minY[i]);
        double width = valid.Max(i => maxX[i]) - _x0, height = valid.Max(i => maxY[i]) - _y0;
        var cells = Math.Clamp((double)valid.Length * Math.Max(cellsPerArea, 1), 1, MaxCells);
        _cellSize = Math.Max(Math.Sqrt(Math.Max(width * height, 1e-6) / cells), Math.Max(width, height) / 4096);
        _cellSize = Math.Max(_cellSize, 1e-6);
        _columns = (int)Math.Floor(width / _cellSize) + 1;
        _rows = (int)Math.Floor(height / _cellSize) + 1;

        var rank = new int[byCode.Length];
        for (var r = 0; r < byCode.Length; r++)
        {
            rank[byCode[r]] = r;
        }

        var owner = new int[_columns * _rows];
        Array.Fill(owner, -1);
        var pairs = insideCells
            ? EdgePairs(edges, valid, minX, minY, maxX, maxY, owner)
            : EnvelopePairs(valid, minX, minY, maxX, maxY);
        (Owner, CandidateStarts, Candidates) = Index(owner, pairs, rank);
    }

    public int[] Owner { get; }

    public int[] CandidateStarts { get; }

    public int[] Candidates { get; }

    public double X0 => _x0;

    public double Y0 => _y0;

    public double CellSize => _cellSize;

    public int Columns => _columns;

    // Candidate lists are a handful long: insertion sort by code rank, so the lowest code is tried first.
    private static void SortByRank(int[] candidates, int from, int to, int[] rank)
    {
        for (var k = from + 1; k < to; k++)
        {
            var item = candidates[k];
            var j = k - 1;
            for (; j >= from && rank[candidates[j]] > rank[item]; j--)
            {
                candidates[j + 1] = candidates[j];
            }

            candidates[j + 1] = item;
        }
    }

    /// <summary>The cell of a point, or -1 outside the grid (or NaN).</summary>
    public int CellOf(double x, double y)
    {
        var cx = (x - _x0) / _cellSize;
        var cy = (y - _y0) / _cellSize;
        if (!(cx >= 0 && cy >= 0 && cx < _columns && cy < _rows))
        {
            return -1;
        }

        return ((int)cy * _columns) + (int)cx;
    }

    public int Column(double x) => Math.Clamp((int)Math.Floor((x - _x0) / _cellSize), 0, _columns - 1);

    public int Row(double y) => Math.Clamp((int)Math.Floor((y - _y0) / _cellSize), 0, _rows - 1);

    // Inside cells are claimed on all cores; a cell claimed twice (areas that overlap) or crossed by another
    // area's boundary becomes a candidate cell, with every area involved as a candidate.
    private List<(int Cell, int Area)> EdgePairs(
        PolygonEdges edges,
        int[] valid,
        double[] minX,
        double[] minY,
        double[] maxX,
        double[] maxY,
        int[] owner
    )
    {
        var conflicts = new System.Collections.Concurrent.ConcurrentBag<(int Cell, int Area)>();
        var boundaryOf = new int[minX.Length][];
        Parallel.ForEach(valid, i =>
            boundaryOf[i] = AreaCells.Compute(edges, i, minX[i], minY[i], maxX[i], maxY[i], this, c =>
            {
                if (Interlocked.CompareExchange(ref owner[c], i, -1) != -1)
                {
                    conflicts.Add((c, i));
                }
            })
        );
        var pairs = new List<(int Cell, int Area)>(conflicts);
        foreach (var i in valid)
        {
            pairs.AddRange(boundaryOf[i].Select(c => (c, i)));
        }

        return pairs;
    }

    private List<(int Cell, int Area)> EnvelopePairs(
        int[] valid,
        double[] minX,
        double[] minY,
        double[] maxX,
        double[] maxY
    )
    {
        var pairs = new List<(int Cell, int Area)>();
        foreach (var i in valid)
        {
            // Column and Row floor like CellOf, so every point of the envelope falls in one of these cells.
            for (var r = Row(minY[i]); r <= Row(maxY[i]); r++)
            {
                for (var c = Column(minX[i]); c <= Column(maxX[i]); c++)
                {
                    pairs.Add(((r * _columns) + c, i));
                }
            }
        }

        return pairs;
    }

    // Every cell in a pair becomes a candidate cell; an area that owned it whole joins its candidates.
    private static (int[] Owner, int[] Starts, int[] Candidates) Index(
        int[] owner,
        List<(int Cell, int Area)> pairs,
        int[] rank
    )
    {
        var total = owner.Length;
        var displaced = new List<(int Cell, int Area)>();
        foreach (var (c, _) in pairs)
        {
            if (owner[c] >= 0)
            {
                displaced.Add((c, owner[c]));
            }

            owner[c] = -2;
        }

        pairs.AddRange(displaced);
        var counts = new int[total + 1];
        foreach (var (c, _) in pairs)
        {
            counts[c + 1]++;
        }

        for (var c = 0; c < total; c++)
        {
            counts[c + 1] += counts[c];
        }

        var candidates = new int[pairs.Count];
        var next = (int[])counts.Clone();
        foreach (var (c, i) in pairs)
        {
            candidates[next[c]++] = i;
        }

        for (var c = 0; c < total; c++)
        {
            if (counts[c + 1] - counts[c] > 1)
            {
                SortByRank(candidates, counts[c], counts[c + 1], rank);
            }
        }

        return (owner, counts, candidates);
    }
}
