using System.Globalization;
using GeoOpgave.DemoGen.Story;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>
/// Turns the seeds into named, coded buurten: faces go to their nearest seed, the face inside the enclave ring
/// becomes its own buurt, and two polder buurten that do not touch are merged into one.
/// </summary>
internal static class BuurtLayout
{
    public static (IReadOnlyList<BuurtShape> Buurten, Polygon Lake) Build(
        Landscape landscape,
        DemoRandom random,
        Displacement displacement
    )
    {
        var factory = landscape.Outline.Factory;
        var seeds = SeedSampler.Sample(landscape.Outline, random);
        var host = seeds.Where(s => s.Wijk.Type == WijkType.Nieuwbouw).MaxBy(s => NearestDistance(s, seeds))!;
        var radius = Math.Min(220, 0.3 * NearestDistance(host, seeds));
        var enclave = Circle(factory, host.Point, radius, random);
        var faces = Tessellation.Faces(landscape.Outline, seeds.Select(s => s.Point).ToList(), enclave, displacement);

        var enclaveCentre = factory.CreatePoint(displacement.Apply(host.Point.X, host.Point.Y));
        var enclaveFaces = faces.Where(f => f.Contains(enclaveCentre)).ToList();
        var bySeed = faces.Except(enclaveFaces)
            .GroupBy(f => seeds.MinBy(s => s.Point.Distance(f.InteriorPoint.Coordinate))!)
            .ToDictionary(g => g.Key, g => UnaryUnionOp.Union(g.ToList<NetTopologySuite.Geometries.Geometry>()));
        if (enclaveFaces.Count != 1 || bySeed.Count != seeds.Count)
        {
            throw new InvalidOperationException(
                $"Faces did not map one-to-one on seeds ({bySeed.Count} of {seeds.Count}, enclave {enclaveFaces.Count})."
            );
        }

        var shapes = new List<BuurtShape>();
        foreach (var wijk in WijkPlan.All)
        {
            var parts = seeds
                .Where(s => s.Wijk == wijk)
                .Select(s => (Geometry: bySeed[s], Kind: BuurtKind.Gewoon))
                .ToList();
            if (wijk == host.Wijk)
            {
                parts.Add((enclaveFaces[0], BuurtKind.Enclave));
            }

            if (wijk.Type == WijkType.Polder)
            {
                MergeScattered(parts);
            }

            shapes.AddRange(
                parts.Select(
                    (p, i) =>
                        new BuurtShape(
                            "BU" + wijk.Code[2..] + i.ToString("00", CultureInfo.InvariantCulture),
                            p.Kind switch
                            {
                                BuurtKind.Enclave => WijkPlan.EnclaveName,
                                BuurtKind.Verspreid => WijkPlan.ScatteredName,
                                _ => wijk.BuurtNames[i],
                            },
                            wijk,
                            p.Geometry,
                            p.Kind
                        )
                )
            );
        }

        var lake = (Polygon)
            displacement.Apply(factory.CreatePolygon(Circle(factory, host.Point, radius * 0.6, random)));
        return (shapes, lake);
    }

    // The first polder buurt swallows the first later one it does not touch; the merged buurt is a MultiPolygon.
    private static void MergeScattered(List<(NetTopologySuite.Geometries.Geometry Geometry, BuurtKind Kind)> parts)
    {
        for (var a = 0; a < parts.Count; a++)
        {
            for (var b = a + 1; b < parts.Count; b++)
            {
                if (!parts[a].Geometry.Intersects(parts[b].Geometry))
                {
                    parts[a] = (parts[a].Geometry.Union(parts[b].Geometry), BuurtKind.Verspreid);
                    parts.RemoveAt(b);
                    return;
                }
            }
        }

        throw new InvalidOperationException(
            "No two polder buurten are apart; the scattered MultiPolygon buurt cannot be made."
        );
    }

    private static double NearestDistance(Seed seed, IReadOnlyList<Seed> seeds) =>
        seeds.Where(s => s != seed).Min(s => s.Point.Distance(seed.Point));

    private static LinearRing Circle(GeometryFactory factory, Coordinate centre, double radius, DemoRandom random)
    {
        const int vertices = 36;
        var phase = random.Uniform(0, 2 * Math.PI);
        var ring = new Coordinate[vertices + 1];
        for (var i = 0; i < vertices; i++)
        {
            var theta = 2 * Math.PI * i / vertices;
            var r = radius * (1 + (0.12 * Math.Sin((3 * theta) + phase)));
            ring[i] = new Coordinate(
                Math.Round(centre.X + (r * Math.Cos(theta)), 3),
                Math.Round(centre.Y + (r * Math.Sin(theta)), 3)
            );
        }

        ring[vertices] = ring[0].Copy();
        return factory.CreateLinearRing(ring);
    }
}
