using System.Globalization;
using GeoOpgave.DemoGen.Story;

namespace GeoOpgave.DemoGen.Output;

/// <summary>Prints which buurten went into which wijk, with a few telling figures, for the README and the
/// log.</summary>
internal static class StorySummary
{
    public static void Print(TextWriter output, DemoMunicipality demo)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(
            string.Create(
                c,
                $"Demodam: {demo.Buurten.Count} buurten, {demo.Wijken.Count} wijken, {demo.Gemeente.Area / 1e6:0.00} km²"
            )
        );
        output.WriteLine(
            "| buurtcode | buurtnaam | wijk (type) | geometry | inwoners | gas m³ | stadsverw. % | laag ink. % | corp. % |"
        );
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var b in demo.Buurten)
        {
            var f = b.Figures;
            var s = b.Shape;
            var geometry = s.Geometry is NetTopologySuite.Geometries.Polygon { NumInteriorRings: > 0 }
                ? "Polygon with hole"
                : s.Geometry.GeometryType;
            output.WriteLine(
                string.Create(
                    c,
                    $"| {s.Code} | {s.Name} | {s.Wijk.Name} ({s.Wijk.Type}) | {geometry} | {f.Inwoners:0} | {f.GasM3:0} | {f.Stadsverwarming:0} | {f.LaagInkomen:0} | {f.Corporatie:0} |"
                )
            );
        }
    }
}
