using System.Globalization;
using GeoOpgave.Bench.Workloads;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Map;

/// <summary>
/// W6 input: the generated buurten as a CBS-style wijk- en buurtkaart (GeoPackage, layer <c>buurten</c>), grouped
/// into ~350 gemeenten (nearest of 350 seeded buurten) and wijken of ~10 buurten, with seeded kerncijfers for the
/// standaard profiel (~2 % CBS "geheim" sentinels) so the percentile ranking has realistic ties and gaps.
/// </summary>
internal static class BuurtenGeoPackage
{
    private const int Seed = 6_000_006;

    private static readonly (string Field, double Min, double Max)[] Kerncijfers =
    [
        ("gemiddeld_gasverbruik_totaal", 400, 2400),
        ("percentage_bouwjaarklasse_tot_2000", 0, 100),
        ("percentage_woningen_met_stadsverwarming", 0, 60),
        ("omgevingsadressendichtheid", 50, 8000),
        ("percentage_personen_65_jaar_en_ouder", 5, 45),
        ("perc_huurwoningen_in_bezit_woningcorporaties", 0, 80),
        ("gemiddelde_woningwaarde", 120, 900),
        ("percentage_leegstand_woningen", 0, 12),
        ("percentage_huishoudens_met_laag_inkomen", 0, 30),
        ("percentage_huishoudens_onder_of_rond_sociaal_minimum", 0, 25),
        ("percentage_jongeren_met_jeugdzorg_in_natura", 0, 20),
    ];

    public static string Ensure(WorkloadFiles files, int gemeenten, TextWriter log)
    {
        var path = Path.Combine(files.Folder, "w6-buurten.gpkg");
        if (File.Exists(path))
        {
            return path;
        }

        log.WriteLine($"schrijf {path} …");
        var buurten = FeatureFile.Read(files.BuurtenBin);
        var features = Build(buurten, Math.Min(gemeenten, buurten.Count));
        var temporary = path + ".tmp.gpkg";
        File.Delete(temporary);
        GeoPackageWriter.Write(temporary, [new VectorLayer("buurten", 28992, features)]);
        File.Move(temporary, path);
        return path;
    }

    private static List<IFeature> Build(List<(string Key, Geometry Geometry)> buurten, int gemeenteCount)
    {
        var random = new Random(Seed);
        var centres = buurten.Select(b => b.Geometry.InteriorPoint.Coordinate).ToArray();
        var seeds = Enumerable
            .Range(0, buurten.Count)
            .OrderBy(_ => random.Next())
            .Take(gemeenteCount)
            .Select(i => centres[i])
            .ToArray();
        var byGemeente = Enumerable
            .Range(0, buurten.Count)
            .GroupBy(i => Nearest(seeds, centres[i]))
            .OrderBy(g => g.Key)
            .ToList();
        var features = new List<IFeature>(buurten.Count);
        for (var g = 0; g < byGemeente.Count; g++)
        {
            // Wijken of ~10 buurten in west-east order; a CBS wijkcode has 2 digits per gemeente, a buurtcode 2 per
            // wijk.
            var members = byGemeente[g].OrderBy(i => centres[i].X).ToArray();
            var perWijk = Math.Max(10, (members.Length + 98) / 99);
            for (var m = 0; m < members.Length; m++)
            {
                var (wijk, buurt) = (m / perWijk, m % perWijk);
                var code = string.Create(CultureInfo.InvariantCulture, $"{g + 1:D4}{wijk:D2}{buurt:D2}");
                features.Add(new Feature(buurten[members[m]].Geometry, Attributes(code, random)));
            }
        }

        return features;
    }

    private static AttributesTable Attributes(string code, Random random)
    {
        var table = new AttributesTable
        {
            { "buurtcode", "BU" + code },
            { "buurtnaam", "Buurt " + code },
            { "wijkcode", "WK" + code[..6] },
            { "gemeentecode", "GM" + code[..4] },
            { "jaar", 2024L },
        };
        var inwoners = (long)(50 + (random.NextDouble() * random.NextDouble() * 6000));
        table.Add("aantal_inwoners", inwoners);
        table.Add("aantal_personen_met_een_alg_bijstandsuitkering_tot", (long)(inwoners * random.NextDouble() * 0.08));
        foreach (var (field, min, max) in Kerncijfers)
        {
            table.Add(
                field,
                random.NextDouble() < 0.02 ? -99997.0 : Math.Round(min + (random.NextDouble() * (max - min)), 1)
            );
        }

        return table;
    }

    private static int Nearest(Coordinate[] seeds, Coordinate point)
    {
        var (best, bestDistance) = (0, double.MaxValue);
        for (var s = 0; s < seeds.Length; s++)
        {
            var d = seeds[s].Distance(point);
            if (d < bestDistance)
            {
                (best, bestDistance) = (s, d);
            }
        }

        return best;
    }
}
