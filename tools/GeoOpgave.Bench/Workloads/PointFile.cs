namespace GeoOpgave.Bench.Workloads;

/// <summary>Points as three plain arrays in a binary file: the "stored points" of W1.</summary>
internal sealed record PointFile(double[] X, double[] Y, double[] Value)
{
    public int Count => X.Length;

    public static PointFile Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var n = reader.ReadInt32();
        var (x, y, v) = (new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            (x[i], y[i], v[i]) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt32());
        }

        return new PointFile(x, y, v);
    }
}
