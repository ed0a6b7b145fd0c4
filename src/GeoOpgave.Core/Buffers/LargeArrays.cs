namespace GeoOpgave.Core.Buffers;

/// <summary>
/// Arrays of tens to hundreds of megabytes that are filled once and then read, such as a national raster's cells or
/// the edges of the 14 000 national buurten. On Linux the kernel is asked to back them with transparent huge pages
/// (where THP runs in "madvise" mode, Debian's default): filling 0.5 GB then takes a few hundred page faults instead
/// of some 130 000, which cost about a second of kernel time on a 2-core machine. Elsewhere, or when the kernel
/// declines, they are ordinary arrays.
/// </summary>
public static class LargeArrays
{
    // Below this, the faults cost too little to bother.
    private const long MinimumBytes = 32L << 20;

    /// <summary>An array of <paramref name="count"/> floats whose contents are undefined: the caller writes every
    /// cell.</summary>
    public static float[] Floats(long count)
    {
        if (!OperatingSystem.IsLinux() || count * sizeof(float) < MinimumBytes)
        {
            return new float[count];
        }

        // Pinned, so the advised address range stays the array's; uninitialised, since fresh pages are zero anyway.
        var array = GC.AllocateUninitializedArray<float>(checked((int)count), pinned: true);
        HugePages.Advise(array, count * sizeof(float));
        return array;
    }

    /// <summary>An array of <paramref name="count"/> doubles whose contents are undefined: the caller writes every
    /// element.</summary>
    public static double[] Doubles(long count)
    {
        if (!OperatingSystem.IsLinux() || count * sizeof(double) < MinimumBytes)
        {
            return GC.AllocateUninitializedArray<double>(checked((int)count));
        }

        var array = GC.AllocateUninitializedArray<double>(checked((int)count), pinned: true);
        HugePages.Advise(array, count * sizeof(double));
        return array;
    }
}
