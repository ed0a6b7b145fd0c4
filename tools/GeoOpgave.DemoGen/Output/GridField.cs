namespace GeoOpgave.DemoGen.Output;

/// <summary>Small raster helpers for the generator: a separable box blur and seeded value noise.</summary>
internal static class GridField
{
    /// <summary>Blurs in place with <paramref name="passes"/> box passes of the given radius (cells): close to a
    /// Gaussian.</summary>
    public static void Blur(float[] values, int width, int height, int radius, int passes)
    {
        var line = new float[Math.Max(width, height)];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var row = 0; row < height; row++)
            {
                BoxLine(values, row * width, 1, width, radius, line);
            }

            for (var column = 0; column < width; column++)
            {
                BoxLine(values, column, width, height, radius, line);
            }
        }
    }

    /// <summary>
    /// Smooth noise in [-1, 1]: random values on a lattice of <paramref name="cellsPerKnot"/> cells, interpolated
    /// with a smoothstep so it has no visible grid.
    /// </summary>
    public static float[] ValueNoise(int width, int height, int cellsPerKnot, DemoRandom random)
    {
        var knotsX = (width / cellsPerKnot) + 2;
        var knotsY = (height / cellsPerKnot) + 2;
        var knots = new double[knotsX * knotsY];
        for (var i = 0; i < knots.Length; i++)
        {
            knots[i] = random.Uniform(-1, 1);
        }

        var noise = new float[width * height];
        for (var row = 0; row < height; row++)
        {
            var fy = (double)row / cellsPerKnot;
            var ky = (int)fy;
            var ty = Smooth(fy - ky);
            for (var column = 0; column < width; column++)
            {
                var fx = (double)column / cellsPerKnot;
                var kx = (int)fx;
                var tx = Smooth(fx - kx);
                var top = Lerp(knots[(ky * knotsX) + kx], knots[(ky * knotsX) + kx + 1], tx);
                var bottom = Lerp(knots[((ky + 1) * knotsX) + kx], knots[((ky + 1) * knotsX) + kx + 1], tx);
                noise[(row * width) + column] = (float)Lerp(top, bottom, ty);
            }
        }

        return noise;
    }

    private static void BoxLine(float[] values, int start, int stride, int count, int radius, float[] line)
    {
        for (var i = 0; i < count; i++)
        {
            line[i] = values[start + (i * stride)];
        }

        double sum = 0;
        for (var i = -radius; i <= radius; i++)
        {
            sum += line[Math.Clamp(i, 0, count - 1)];
        }

        for (var i = 0; i < count; i++)
        {
            values[start + (i * stride)] = (float)(sum / ((2 * radius) + 1));
            sum += line[Math.Min(i + radius + 1, count - 1)] - line[Math.Max(i - radius, 0)];
        }
    }

    private static double Smooth(double t) => t * t * (3 - (2 * t));

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);
}
