using System.Globalization;
using System.Text;
using GeoOpgave.Core.Crs;
using GeoOpgave.DemoGen.Story;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.Shapefile;
using NetTopologySuite.Features;

namespace GeoOpgave.DemoGen.Output;

/// <summary>
/// Writes the four plan files of <see cref="DemoPlans"/> in the formats and with the field names that the owners' own
/// files have, so that they go through <c>geoopgave import --as-werken</c> with the default field mapping: a GRP sewer
/// plan (GeoPackage), the heat network's planned extensions (Shapefile, as the existing network), the corporatie's
/// renovation list (CSV with x/y) and the herinrichting projects (GeoJSON, WGS84).
/// </summary>
internal static class PlannenFiles
{
    public const string Riolering = "grp_riolering_demodam.gpkg";
    public const string Warmtenet = "warmtenet_uitbreiding_demodam.shp";
    public const string Renovatie = "renovatie_corporatie_demodam.csv";
    public const string Herinrichting = "herinrichting_demodam.geojson";

    public static void Write(string directory, DemoPlans plans, TimeProvider clock)
    {
        var riool = plans
            .Riolering.Select(p =>
                (IFeature)
                    new Feature(
                        p.Line,
                        new AttributesTable
                        {
                            { "soort", "rioolvervanging" },
                            { "startjaar", (long)p.Year },
                            { "eindjaar", (long)p.Year },
                            { "beheerder", "Gemeente Demodam" },
                            { "omschrijving", p.Name },
                            { "status", "GRP 2026-2031" },
                        }
                    )
            )
            .ToList();
        GeoPackageWriter.Write(
            Path.Combine(directory, Riolering),
            [new VectorLayer("grp_riolering", Srid.RdNew, riool)],
            clock
        );

        var warmte = plans
            .Warmtenet.Select(p =>
                (IFeature)
                    new Feature(
                        p.Line,
                        new AttributesTable
                        {
                            { "soort", "warmtenet" },
                            { "type", "distributie" },
                            { "aanlegjaar", (long)p.Year },
                            { "eigenaar", "Warmtebedrijf Demodam" },
                            { "naam", p.Name },
                            { "status", "gepland" },
                        }
                    )
            )
            .ToList();
        ShapefileWriter.Write(
            Path.Combine(directory, Warmtenet),
            new VectorLayer("warmtenet_uitbreiding_demodam", Srid.RdNew, warmte),
            clock
        );

        var herinrichting = plans
            .Herinrichting.Select(p =>
                (IFeature)
                    new Feature(
                        p.Geometry,
                        new AttributesTable
                        {
                            { "soort", "herinrichting" },
                            { "project", p.Name },
                            { "startjaar", (long)p.Start },
                            { "eindjaar", (long)p.End },
                            { "opdrachtgever", "Gemeente Demodam" },
                            { "fase", "voorbereiding" },
                        }
                    )
            )
            .ToList();
        GeoJsonWriter.WriteFile(
            Path.Combine(directory, Herinrichting),
            new VectorLayer("herinrichting_demodam", Srid.RdNew, herinrichting)
        );

        var c = CultureInfo.InvariantCulture;
        var csv = new StringBuilder("omschrijving;x;y;jaar;eindjaar;maatregel;eigenaar\n");
        foreach (var p in plans.Renovatie)
        {
            var at = p.Geometry.Coordinate;
            csv.Append(
                c,
                $"{p.Name};{at.X:0.00};{at.Y:0.00};{p.Start};{p.End};renovatie en isolatie;Woonstichting Demodam\n"
            );
        }

        File.WriteAllText(
            Path.Combine(directory, Renovatie),
            csv.ToString(),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        );
    }
}
