using GeoOpgave.Core.Crs;
using GeoOpgave.DemoGen.Layout;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GeoOpgave.DemoGen.Story;

/// <summary>A buurt with its shape and its true figures.</summary>
internal sealed record DemoBuurt(BuurtShape Shape, BuurtFigures Figures)
{
    public Suppression Suppression =>
        Shape.Kind == BuurtKind.Enclave ? Suppression.Geheim
        : Shape.Name.StartsWith("Bedrijventerrein", StringComparison.Ordinal) ? Suppression.NietBeschikbaar
        : Suppression.None;
}

/// <summary>The whole fictional gemeente Demodam: landscape, buurten, wijken and the water that is not land.</summary>
internal sealed record DemoMunicipality(
    Landscape Landscape,
    IReadOnlyList<DemoBuurt> Buurten,
    IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> Wijken,
    NetTopologySuite.Geometries.Geometry Gemeente,
    Polygon Lake)
{
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), Srid.RdNew);

    /// <summary>Builds and checks the gemeente; throws when the layout breaks a coverage rule.</summary>
    public static DemoMunicipality Build(int seed)
    {
        var random = new DemoRandom(seed);
        var landscape = Landscape.Create(Factory, random);
        var displacement = new Displacement(random);
        var (shapes, lake) = BuurtLayout.Build(landscape, random, displacement);
        var wijken = WijkPlan.All.ToDictionary(
            w => w.Code,
            w => UnaryUnionOp.Union(shapes.Where(b => b.Wijk == w).Select(b => b.Geometry).ToList()));
        var gemeente = UnaryUnionOp.Union(wijken.Values.ToList());
        CoverageValidator.Validate(shapes, wijken, gemeente);

        var buurten = shapes
            .Select(s => new DemoBuurt(s, BuurtFigures.Draw(s, s.Geometry.Difference(lake).Area, random)))
            .ToList();
        return new DemoMunicipality(landscape, buurten, wijken, gemeente, lake);
    }

    /// <summary>Land and water that no buurt figure or raster value should cover.</summary>
    public NetTopologySuite.Geometries.Geometry Water => Landscape.River.Union(Lake);
}
