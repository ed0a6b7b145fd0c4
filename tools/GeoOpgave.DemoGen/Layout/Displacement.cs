using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>
/// A smooth, seeded wiggle of the plane: every coordinate moves by a sum of sine waves (a few metres to ~25 m) and
/// is rounded to the millimetre. It is a pure function of the coordinate, so an edge that two buurten share moves
/// the same way in both; its slope stays well under 1, so it cannot fold edges over each other.
/// </summary>
internal sealed class Displacement
{
    private readonly (double Amplitude, double Kx, double Ky, double Phase)[] _dx;
    private readonly (double Amplitude, double Kx, double Ky, double Phase)[] _dy;

    public Displacement(DemoRandom random)
    {
        _dx = Waves(random);
        _dy = Waves(random);
    }

    public Coordinate Apply(double x, double y) => new(Round(x + Sum(_dx, x, y)), Round(y + Sum(_dy, x, y)));

    /// <summary>A moved copy of <paramref name="geometry"/>.</summary>
    public Geometry Apply(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new MoveFilter(this));
        copy.GeometryChanged();
        return copy;
    }

    private static (double, double, double, double)[] Waves(DemoRandom random)
    {
        (double Amplitude, double Wavelength)[] bands = [(12, 700), (8, 330), (5, 170)];
        return bands.Select(b =>
        {
            var angle = random.Uniform(0, Math.PI);
            var k = 2 * Math.PI / b.Wavelength;
            return (b.Amplitude, k * Math.Cos(angle), k * Math.Sin(angle), random.Uniform(0, 2 * Math.PI));
        }).ToArray();
    }

    private static double Sum((double Amplitude, double Kx, double Ky, double Phase)[] waves, double x, double y) =>
        waves.Sum(w => w.Amplitude * Math.Sin((w.Kx * x) + (w.Ky * y) + w.Phase));

    private static double Round(double v) => Math.Round(v, 3, MidpointRounding.AwayFromZero);

    private sealed class MoveFilter(Displacement displacement) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var moved = displacement.Apply(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, moved.X);
                seq.SetY(i, moved.Y);
            }
        }
    }
}
