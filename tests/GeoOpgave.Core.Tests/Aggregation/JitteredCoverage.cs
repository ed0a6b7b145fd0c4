using System.Globalization;
using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Tests.Aggregation;

/// <summary>
/// A seeded exact coverage for property tests: an n × n grid of 100 m cells whose shared corners are moved
/// at random (neighbours share the very same vertices), with codes in shuffled order so the lowest-code
/// rule is not the same as "west first".
/// </summary>
internal static class JitteredCoverage
{
    public static (IReadOnlyList<Area> Areas, double[,] CornerX, double[,] CornerY) Build(int n, int seed)
    {
        var random = new Random(seed);
        var (cx, cy) = (new double[n + 1, n + 1], new double[n + 1, n + 1]);
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                var inner = i > 0 && i < n && j > 0 && j < n;
                cx[i, j] = 1000 + (i * 100) + (inner ? Math.Round((random.NextDouble() - 0.5) * 60, 3) : 0);
                cy[i, j] = 2000 + (j * 100) + (inner ? Math.Round((random.NextDouble() - 0.5) * 60, 3) : 0);
            }
        }

        var codes = Enumerable.Range(0, n * n).OrderBy(_ => random.Next()).ToArray();
        var areas = new List<Area>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var ring = new[] { (i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1), (i, j) }.Select(c =>
                    string.Create(CultureInfo.InvariantCulture, $"{cx[c.Item1, c.Item2]} {cy[c.Item1, c.Item2]}")
                );
                var code = string.Create(CultureInfo.InvariantCulture, $"BU{codes[(i * n) + j]:D8}");
                areas.Add(TestAreas.Buurt(code, $"POLYGON (({string.Join(", ", ring)}))"));
            }
        }

        return (areas, cx, cy);
    }
}
