using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.Tests;

/// <summary>Builds features from inline WKT for the writer tests.</summary>
internal static class WriterTestLayers
{
    private static readonly WKTReader Reader = new(
        new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992)
    );

    public static Geometry Read(string wkt) => Reader.Read(wkt);

    public static IFeature Feature(string wkt, Dictionary<string, object?> attributes)
    {
        var table = new AttributesTable();
        foreach (var (name, value) in attributes)
        {
            table.Add(name, value);
        }

        return new Feature(Read(wkt), table);
    }
}
