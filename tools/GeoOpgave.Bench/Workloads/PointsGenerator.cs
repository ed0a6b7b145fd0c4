using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// Address-like points: Gaussian clusters around ~300 city centres with Zipf weights (some fall outside
/// every buurt), an integer <c>value</c>, plus points exactly on shared buurt vertices and on the outer
/// edge, spread through the file. Written as CSV (x,y,value; RD New with 2 decimals), as a binary file for
/// the stored-points runs, and the boundary points again on their own for the agreement check.
/// </summary>
internal static class PointsGenerator
{
    public static void Generate(
        BenchExtent extent,
        IReadOnlyList<Coordinate> sharedVertices,
        int seed,
        WorkloadFiles files
    )
    {
        var random = new Random(seed);
        var total = extent.Count(10_000_000);
        var onVertices = extent.Count(2_000);
        var onEdge = extent.Count(500);
        var special = Special(extent, sharedVertices, onVertices, onEdge, random);
        var centres = Centres(extent, random, out var cumulative);
        var every = Math.Max(total / Math.Max(special.Count, 1), 1);
        using var csv = new StreamWriter(files.PointsCsv + ".tmp", false, new UTF8Encoding(false), 1 << 20);
        using var binary = new BinaryWriter(File.Create(files.PointsBin + ".tmp"));
        using var boundary = new BinaryWriter(File.Create(files.BoundaryPointsBin + ".tmp"));
        csv.Write("x,y,value\n");
        binary.Write(total);
        boundary.Write(special.Count);
        var s = 0;
        for (var i = 0; i < total; i++)
        {
            var value = random.Next(0, 1000);
            (double X, double Y) p;
            if (i % every == every - 1 && s < special.Count)
            {
                p = special[s++];
                boundary.Write(p.X);
                boundary.Write(p.Y);
                boundary.Write(value);
            }
            else
            {
                p = Clustered(centres, cumulative, random);
            }

            csv.Write(string.Create(CultureInfo.InvariantCulture, $"{p.X:0.00},{p.Y:0.00},{value}\n"));
            binary.Write(p.X);
            binary.Write(p.Y);
            binary.Write(value);
        }

        boundary.Seek(0, SeekOrigin.Begin);
        boundary.Write(s);
        csv.Close();
        binary.Close();
        boundary.Close();
        foreach (var path in new[] { files.PointsCsv, files.PointsBin, files.BoundaryPointsBin })
        {
            File.Move(path + ".tmp", path, overwrite: true);
        }
    }

    private static List<(double X, double Y)> Special(
        BenchExtent extent,
        IReadOnlyList<Coordinate> vertices,
        int onVertices,
        int onEdge,
        Random random
    )
    {
        var list = new List<(double, double)>();
        for (var k = 0; k < onVertices && vertices.Count > 0; k++)
        {
            var v = vertices[random.Next(vertices.Count)];
            list.Add((v.X, v.Y));
        }

        for (var k = 0; k < onEdge; k++)
        {
            var t = Math.Round(random.NextDouble(), 5);
            list.Add((k % 4) switch
            {
                0 => (extent.MinX, Math.Round(extent.MinY + (t * (extent.MaxY - extent.MinY)), 2)),
                1 => (extent.MaxX, Math.Round(extent.MinY + (t * (extent.MaxY - extent.MinY)), 2)),
                2 => (Math.Round(extent.MinX + (t * (extent.MaxX - extent.MinX)), 2), extent.MinY),
                _ => (Math.Round(extent.MinX + (t * (extent.MaxX - extent.MinX)), 2), extent.MaxY),
            });
        }

        return list.OrderBy(_ => random.Next()).ToList();
    }

    private static (double X, double Y, double Sigma)[] Centres(
        BenchExtent extent,
        Random random,
        out double[] cumulative
    )
    {
        var count = Math.Max(3, (int)Math.Round(300 * Math.Sqrt(extent.Scale)));
        var weights = Enumerable.Range(1, count).Select(k => 1.0 / k).ToArray();
        var sum = weights.Sum();
        cumulative = new double[count];
        var running = 0.0;
        for (var k = 0; k < count; k++)
        {
            running += weights[k] / sum;
            cumulative[k] = running;
        }

        return weights.Select(_ => (
            extent.MinX + (random.NextDouble() * (extent.MaxX - extent.MinX)),
            extent.MinY + (random.NextDouble() * (extent.MaxY - extent.MinY)),
            1_000 * Math.Exp(random.NextDouble() * Math.Log(6)))).ToArray();
    }

    private static (double X, double Y) Clustered(
        (double X, double Y, double Sigma)[] centres,
        double[] cumulative,
        Random random
    )
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        var c = centres[Math.Min(index < 0 ? ~index : index, centres.Length - 1)];
        var r = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
        var theta = 2 * Math.PI * random.NextDouble();
        return (
            Math.Round(c.X + (c.Sigma * r * Math.Cos(theta)), 2),
            Math.Round(c.Y + (c.Sigma * r * Math.Sin(theta)), 2)
        );
    }
}
