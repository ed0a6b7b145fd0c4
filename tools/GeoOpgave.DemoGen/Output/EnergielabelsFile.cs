using System.Globalization;
using System.Text;
using GeoOpgave.DemoGen.Story;
using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Output;

/// <summary>
/// Writes energy labels per address as a ';'-separated CSV with RD New coordinates ('.' decimals): one address per
/// ten dwellings, drawn inside its buurt (never in the lake), a few percent without a registered label, and a handful
/// just outside the gemeente border as real address files have.
/// </summary>
internal static class EnergielabelsFile
{
    public const string FileName = "energielabels_demodam.csv";
    private const int DwellingsPerAddress = 10;
    private const double NoLabelShare = 0.03;

    public static void Write(string directory, DemoMunicipality demo, DemoRandom random)
    {
        var c = CultureInfo.InvariantCulture;
        var csv = new StringBuilder("adres_id;x;y;energielabel;bouwjaar\n");
        var sequence = 0;
        void Row(Coordinate p, string label, int bouwjaar) =>
            csv.Append(c, $"9999010{++sequence:000000000};{p.X:0.00};{p.Y:0.00};{label};{bouwjaar}\n");

        foreach (var buurt in demo.Buurten)
        {
            var count = (int)Math.Round(buurt.Figures.Woningen / DwellingsPerAddress);
            var land = buurt.Shape.Geometry.Difference(demo.Lake);
            for (var i = 0; i < count; i++)
            {
                var p = WateroverlastFile.PointIn(land, random);
                var bouwjaar = EnergyLabels.DrawBouwjaar(buurt.Shape.Wijk.Type, 100 - buurt.Figures.Tot2000, random);
                Row(p, random.Chance(NoLabelShare) ? string.Empty : EnergyLabels.DrawLabel(bouwjaar, random), bouwjaar);
            }
        }

        var border = (LineString)((Polygon)demo.Gemeente).ExteriorRing;
        for (var i = 0; i < 5; i++)
        {
            var along = new NetTopologySuite.LinearReferencing.LengthIndexedLine(border).ExtractPoint(
                border.Length * (i + 0.5) / 5
            );
            var outward = new Coordinate(
                along.X + ((along.X - Layout.Landscape.Centre.X) * 0.006),
                along.Y + ((along.Y - Layout.Landscape.Centre.Y) * 0.006)
            );
            var bouwjaar = random.Between(1900, 2020);
            Row(outward, EnergyLabels.DrawLabel(bouwjaar, random), bouwjaar);
        }

        File.WriteAllText(
            Path.Combine(directory, FileName),
            csv.ToString(),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        );
    }
}
