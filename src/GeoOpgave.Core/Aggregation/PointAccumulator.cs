namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Running count, sum, min, max and class counts per area for one thread; <see cref="Merge"/> folds
/// another thread's accumulator in.
/// </summary>
internal sealed class PointAccumulator
{
    private readonly AreaPointLocator _locator;
    private readonly int _areas;

    public PointAccumulator(AreaPointLocator locator)
    {
        _locator = locator;
        _areas = locator.Areas.Count;
        Count = new long[_areas];
        ValueCount = new long[_areas];
        Sum = new double[_areas];
        Min = new double[_areas];
        Max = new double[_areas];
        Array.Fill(Min, double.PositiveInfinity);
        Array.Fill(Max, double.NegativeInfinity);
    }

    public long[] Count { get; }

    public long[] ValueCount { get; }

    public double[] Sum { get; }

    public double[] Min { get; }

    public double[] Max { get; }

    /// <summary>Per class id, the count per area (null until the class is seen).</summary>
    public List<long[]?> ClassCounts { get; } = [];

    public long Unassigned { get; private set; }

    public void Add(PointBatch batch)
    {
        for (var k = batch.Start; k < batch.Start + batch.Count; k++)
        {
            var i = _locator.Locate(batch.X[k], batch.Y[k]);
            if (i < 0)
            {
                Unassigned++;
                continue;
            }

            Count[i]++;
            if (batch.Values is { } values && double.IsFinite(values[k]))
            {
                var v = values[k];
                ValueCount[i]++;
                Sum[i] += v;
                Min[i] = Math.Min(Min[i], v);
                Max[i] = Math.Max(Max[i], v);
            }

            if (batch.Classes is { } classes && classes[k] >= 0)
            {
                ClassRow(classes[k])[i]++;
            }
        }
    }

    public void Merge(PointAccumulator other)
    {
        for (var i = 0; i < _areas; i++)
        {
            Count[i] += other.Count[i];
            ValueCount[i] += other.ValueCount[i];
            Sum[i] += other.Sum[i];
            Min[i] = Math.Min(Min[i], other.Min[i]);
            Max[i] = Math.Max(Max[i], other.Max[i]);
        }

        for (var c = 0; c < other.ClassCounts.Count; c++)
        {
            if (other.ClassCounts[c] is { } row)
            {
                var mine = ClassRow(c);
                for (var i = 0; i < _areas; i++)
                {
                    mine[i] += row[i];
                }
            }
        }

        Unassigned += other.Unassigned;
    }

    private long[] ClassRow(int classId)
    {
        while (ClassCounts.Count <= classId)
        {
            ClassCounts.Add(null);
        }

        return ClassCounts[classId] ??= new long[_areas];
    }
}
