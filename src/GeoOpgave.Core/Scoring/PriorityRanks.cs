namespace GeoOpgave.Core.Scoring;

/// <summary>Priority order of buurten: overlap descending, combined score descending (NaN last), then input
/// order.</summary>
internal static class PriorityRanks
{
    /// <summary>1-based rank per buurt.</summary>
    public static int[] Of(ReadOnlySpan<int> overlap, ReadOnlySpan<double> combined)
    {
        // Negated so that an ascending sort puts the first priority first.
        var keys = new double[overlap.Length];
        for (var b = 0; b < keys.Length; b++)
        {
            keys[b] = -OpgaveKernel.PriorityKey(overlap[b], combined[b]);
        }

        var order = new int[keys.Length];
        for (var b = 0; b < order.Length; b++)
        {
            order[b] = b;
        }

        // A primitive-key sort is fast but not stable: put each run of equal keys back in input order.
        Array.Sort(keys, order);
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            order.AsSpan(start, end - start).Sort();
            start = end;
        }

        var ranks = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Marks the k buurten with the highest keys (ties by input order) in <paramref name="inTop"/>, in
    /// linear time; <paramref name="scratch"/> must be as long as <paramref name="keys"/>.
    /// </summary>
    public static void MarkTop(ReadOnlySpan<double> keys, int k, Span<double> scratch, Span<bool> inTop)
    {
        inTop.Clear();
        k = Math.Min(k, keys.Length);
        if (k <= 0)
        {
            return;
        }

        keys.CopyTo(scratch);
        var threshold = Select(scratch, keys.Length - k);
        var taken = 0;
        for (var b = 0; b < keys.Length; b++)
        {
            if (keys[b] > threshold)
            {
                inTop[b] = true;
                taken++;
            }
        }

        for (var b = 0; b < keys.Length && taken < k; b++)
        {
            if (keys[b] == threshold)
            {
                inTop[b] = true;
                taken++;
            }
        }
    }

    /// <summary>The value that would sit at position <paramref name="nth"/> if the values were sorted ascending
    /// (quickselect; reorders them).</summary>
    internal static double Select(Span<double> values, int nth)
    {
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            var pivot = values[lo + ((hi - lo) / 2)];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) { i++; }
                while (values[j] > pivot) { j--; }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (nth <= j) { hi = j; }
            else if (nth >= i) { lo = i; }
            else { return values[nth]; }
        }

        return values[nth];
    }
}
