using GeoOpgave.DemoGen.Story;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>What makes a buurt special in the layout.</summary>
internal enum BuurtKind
{
    Gewoon,

    /// <summary>The lake-and-park buurt that fills a hole in another buurt.</summary>
    Enclave,

    /// <summary>Two polder cells that do not touch, merged into one MultiPolygon buurt.</summary>
    Verspreid,
}

/// <summary>A buurt's code, name, wijk and geometry (RD New).</summary>
internal sealed record BuurtShape(
    string Code,
    string Name,
    WijkPlan Wijk,
    NetTopologySuite.Geometries.Geometry Geometry,
    BuurtKind Kind
);
