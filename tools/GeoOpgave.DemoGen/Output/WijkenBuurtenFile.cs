using GeoOpgave.Core.Crs;
using GeoOpgave.DemoGen.Story;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;
using NetTopologySuite.Features;

namespace GeoOpgave.DemoGen.Output;

/// <summary>Writes the CBS-style wijk- en buurtkaart: layers gemeenten, wijken and buurten in one GeoPackage.</summary>
internal static class WijkenBuurtenFile
{
    public const string FileName = "wijkenbuurten_demodam_2024.gpkg";

    public static void Write(string directory, DemoMunicipality demo, TimeProvider clock)
    {
        var gemeente = Table(("gemeentecode", WijkPlan.GemeenteCode), ("gemeentenaam", WijkPlan.GemeenteNaam));
        Finish(
            gemeente,
            BuurtFigures.Aggregate(demo.Buurten.Select(b => b.Figures).ToList()),
            Suppression.None,
            WijkPlan.GemeenteCode
        );

        var wijken = WijkPlan
            .All.Select(w =>
            {
                var table = Table(
                    ("wijkcode", w.Code),
                    ("wijknaam", w.Name),
                    ("gemeentecode", WijkPlan.GemeenteCode),
                    ("gemeentenaam", WijkPlan.GemeenteNaam)
                );
                Finish(
                    table,
                    BuurtFigures.Aggregate(demo.Buurten.Where(b => b.Shape.Wijk == w).Select(b => b.Figures).ToList()),
                    Suppression.None,
                    w.Code
                );
                return (IFeature)new Feature(demo.Wijken[w.Code], table);
            })
            .ToList();

        var buurten = demo
            .Buurten.Select(b =>
            {
                var s = b.Shape;
                var table = Table(
                    ("buurtcode", s.Code),
                    ("buurtnaam", s.Name),
                    ("wijkcode", s.Wijk.Code),
                    ("wijknaam", s.Wijk.Name),
                    ("gemeentecode", WijkPlan.GemeenteCode),
                    ("gemeentenaam", WijkPlan.GemeenteNaam)
                );
                Finish(table, b.Figures, b.Suppression, s.Code);
                return (IFeature)new Feature(s.Geometry, table);
            })
            .ToList();

        GeoPackageWriter.Write(
            Path.Combine(directory, FileName),
            [
                new VectorLayer("gemeenten", Srid.RdNew, [new Feature(demo.Gemeente, gemeente)]),
                new VectorLayer("wijken", Srid.RdNew, wijken),
                new VectorLayer("buurten", Srid.RdNew, buurten),
            ],
            clock);
    }

    private static AttributesTable Table(params (string Name, object Value)[] identity)
    {
        var table = new AttributesTable();
        foreach (var (name, value) in identity)
        {
            table.Add(name, value);
        }

        table.Add("water", "NEE");
        return table;
    }

    private static void Finish(AttributesTable table, BuurtFigures figures, Suppression suppression, string code)
    {
        Kerncijfers.Add(table, figures, suppression);
        table.Add("jrstatcode", WijkPlan.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture) + code);
        table.Add("jaar", (long)WijkPlan.Jaar);
    }
}
