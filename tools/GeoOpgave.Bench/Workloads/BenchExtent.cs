using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// The national extent of BENCHMARKS.md (RD New x 13 000–278 000, y 306 000–620 000), shrunk around its
/// south-west corner by √scale in both directions so that a reduced run keeps the densities of the full one.
/// </summary>
internal sealed record BenchExtent(double Scale)
{
    public const double FullMinX = 13_000;
    public const double FullMinY = 306_000;
    public const double FullWidth = 265_000;
    public const double FullHeight = 314_000;

    public double MinX => FullMinX;

    public double MinY => FullMinY;

    public double MaxX => FullMinX + Math.Round(FullWidth * Math.Sqrt(Scale));

    public double MaxY => FullMinY + Math.Round(FullHeight * Math.Sqrt(Scale));

    public Envelope Envelope => new(MinX, MaxX, MinY, MaxY);

    /// <summary>Scaled count of something the full workload has <paramref name="full"/> of.</summary>
    public int Count(double full) => Math.Max(1, (int)Math.Round(full * Scale));
}
