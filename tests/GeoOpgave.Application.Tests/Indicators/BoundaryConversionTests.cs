using System.Globalization;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Indicators;

public class BoundaryConversionTests
{
    private static readonly WKTReader Wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));

    [Fact]
    public void Run_RealGemeenteMerge_ConvertedCountKeepsTheTotalWithinHalfAPercent()
    {
        // Brielle, Hellevoetsluis and Westvoorne (2022) became Voorne aan Zee (2024): real, separately simplified
        // boundaries.
        var old = Gemeenten("gemeenten_2022_voorne.geojson", 2022);
        var merged = Gemeenten("gemeenten_2024_voorne.geojson", 2024);
        var values = old.Select(a => new IndicatorValue(a.Area.Code, "aantal_inwoners", 2022, a.Inwoners)
            {
                Source = "kwb-2022",
            })
            .ToList();

        var converted = Assert.Single(
            BoundaryConversion.Run([.. merged.Select(m => m.Area)], values, [.. old.Select(a => a.Area)])
        );

        var total = old.Sum(a => a.Inwoners);
        Assert.Equal(73_238, total);
        Assert.Equal(
            ("GM1992", 2022, 2022, "kwb-2022"),
            (converted.AreaCode, converted.Year, converted.ConvertedFrom!.Value, converted.Source)
        );
        Assert.InRange(converted.Value!.Value, total * 0.995, total * 1.005);
    }

    [Fact]
    public void Run_SplitBuurt_SharesOutCountsByAreaAndAveragesShares()
    {
        // BU..01 of 2022 (200 × 100 m) was split into BU..11 (west quarter) and BU..12 (the rest).
        Area[] old = [Buurt("BU99990001", 2022, "POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))")];
        Area[] targets =
        [
            Buurt("BU99990011", 2024, "POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))"),
            Buurt("BU99990012", 2024, "POLYGON ((50 0, 200 0, 200 100, 50 100, 50 0))"),
        ];
        IndicatorValue[] values =
        [
            new("BU99990001", "aantal_inwoners", 2022, 400),
            new("BU99990001", "percentage_huishoudens_met_laag_inkomen", 2022, 7.1),
        ];

        var converted = BoundaryConversion
            .Run(targets, values, old)
            .ToDictionary(v => (v.AreaCode, v.IndicatorId), v => v.Value);

        Assert.Equal(100, converted[("BU99990011", "aantal_inwoners")]!.Value, 6);
        Assert.Equal(300, converted[("BU99990012", "aantal_inwoners")]!.Value, 6);
        Assert.Equal(7.1, converted[("BU99990011", "percentage_huishoudens_met_laag_inkomen")]!.Value, 6);
        Assert.Equal(7.1, converted[("BU99990012", "percentage_huishoudens_met_laag_inkomen")]!.Value, 6);
    }

    [Fact]
    public void Run_WithAddresses_CountsFollowTheDwellingsAndATargetWithoutAddressesFallsBackToArea()
    {
        // Old A (west) and B (east) are redrawn: T1 takes A and the west half of B, T2 the east half of B. A's ten
        // addresses lie in its west half; of B's ten, two lie in the half that went to T1. T3 is old C, with no
        // address.
        Area[] old =
        [
            Buurt("BU99990001", 2022, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
            Buurt("BU99990002", 2022, "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"),
            Buurt("BU99990003", 2022, "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))"),
        ];
        Area[] targets =
        [
            Buurt("BU99990011", 2024, "POLYGON ((0 0, 150 0, 150 100, 0 100, 0 0))"),
            Buurt("BU99990012", 2024, "POLYGON ((150 0, 200 0, 200 100, 150 100, 150 0))"),
            Buurt("BU99990013", 2024, "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))"),
        ];
        IndicatorValue[] values =
        [
            new("BU99990001", "aantal_inwoners", 2022, 100),
            new("BU99990002", "aantal_inwoners", 2022, 50),
            new("BU99990003", "aantal_inwoners", 2022, 60),
            new("BU99990001", "percentage_koopwoningen", 2022, 10),
            new("BU99990002", "percentage_koopwoningen", 2022, 30),
        ];
        var addresses = Enumerable
            .Range(0, 10)
            .Select(i => new Core.Aggregation.PointObservation(10 + (3 * i), 50, 1, null))
            .Concat(Enumerable.Range(0, 2).Select(i => new Core.Aggregation.PointObservation(120 + i, 50, 1, null)))
            .Concat(Enumerable.Range(0, 4).Select(i => new Core.Aggregation.PointObservation(160 + i, 50, 2, null)))
            .ToList();

        var byArea = BoundaryConversion
            .Run(targets, values, old)
            .ToDictionary(v => (v.AreaCode, v.IndicatorId), v => v.Value);
        var byAddress = BoundaryConversion
            .Run(targets, values, old, addresses)
            .ToDictionary(v => (v.AreaCode, v.IndicatorId), v => v);

        Assert.Equal(125, byArea[("BU99990011", "aantal_inwoners")]!.Value, 6);
        Assert.Equal(110, byAddress[("BU99990011", "aantal_inwoners")].Value!.Value, 6);
        Assert.Equal(40, byAddress[("BU99990012", "aantal_inwoners")].Value!.Value, 6);
        Assert.Equal(60, byAddress[("BU99990013", "aantal_inwoners")].Value!.Value, 6);
        Assert.Equal(
            210,
            byAddress.Where(v => v.Key.IndicatorId == "aantal_inwoners").Sum(v => v.Value.Value!.Value),
            6
        );
        Assert.Equal(
            ((10 * 10) + (30 * 2)) / 12.0,
            byAddress[("BU99990011", "percentage_koopwoningen")].Value!.Value,
            6
        );
        Assert.Equal(30, byAddress[("BU99990012", "percentage_koopwoningen")].Value!.Value, 6);
        Assert.All(byAddress.Values, v => Assert.Equal((2022, 2022), (v.Year, v.ConvertedFrom!.Value)));
    }

    [Fact]
    public void Run_RealErmeloGrid_InhabitantsFollowTheDwellingsWhereAreaSpreadsThemOverTheFields()
    {
        // Real 2021 buurten of Ermelo and the real CBS 100 m grid. A constructed earlier indeling held Ermelo-West
        // (village) and Verspreide huizen Zuiderzeeland (fields) as one buurt; its inhabitants go back to the two.
        var buurten = ReadGpkg("ermelo_buurten_2021.gpkg", "CBS_Buurten")
            .Features.Select(f => Buurt((string)f.Attributes["buurtcode"], 2021, f.Geometry))
            .ToList();
        var cells = ReadGpkg("ermelo_vk100_2020.gpkg", "CBS_Statistiek")
            .Features.Select(f =>
                (
                    Centre: f.Geometry.Centroid,
                    Woningen: Count(f, "aantal_woningen"),
                    Inwoners: Count(f, "aantal_inwoners")
                )
            )
            .ToList();
        var locator = new Core.Aggregation.AreaPointLocator(buurten);
        var truth = cells.GroupBy(c => locator.Locate(c.Centre.X, c.Centre.Y)).Where(g => g.Key >= 0)
            .ToDictionary(g => buurten[g.Key].Code, g => g.Sum(c => c.Inwoners));
        string[] merged = ["BU02330002", "BU02330008"];
        var old = Buurt(
            "BU02339902",
            2019,
            buurten.Where(b => merged.Contains(b.Code)).Select(b => b.Geometry).Aggregate((a, b) => a.Union(b))
        );
        IndicatorValue[] values = [new("BU02339902", "aantal_inwoners", 2019, merged.Sum(m => truth[m]))];
        var dwellings = cells
            .Where(c => c.Woningen > 0)
            .Select(c => new Core.Aggregation.PointObservation(c.Centre.X, c.Centre.Y, c.Woningen, null))
            .ToList();

        var byArea = BoundaryConversion.Run(buurten, values, [old]).ToDictionary(v => v.AreaCode, v => v.Value!.Value);
        var byAddress = BoundaryConversion
            .Run(buurten, values, [old], dwellings)
            .ToDictionary(v => v.AreaCode, v => v.Value!.Value);

        Assert.Equal((5505, 170), (truth["BU02330002"], truth["BU02330008"]));
        Assert.Equal(5675, byAddress.Values.Sum(), 6);
        Assert.InRange(byAddress["BU02330002"], 5505 * 0.99, 5505 * 1.01);
        Assert.InRange(byAddress["BU02330008"], 170 * 0.75, 170 * 1.25);
        // By area the fields get far more people than live there.
        Assert.True(byArea["BU02330008"] > 170 * 3, $"{byArea["BU02330008"]}");
    }

    [Fact]
    public void Run_TargetMostlyOutsideTheOldArea_GetsNoCountButAShare()
    {
        // The new buurt is 60 % old BU..01 (known) and 40 % land that no old buurt with a value covers.
        Area[] old = [Buurt("BU99990001", 2022, "POLYGON ((0 0, 60 0, 60 100, 0 100, 0 0))")];
        Area[] targets = [Buurt("BU99990011", 2024, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")];
        IndicatorValue[] values =
        [
            new("BU99990001", "aantal_inwoners", 2022, 400),
            new("BU99990001", "percentage_koopwoningen", 2022, 55),
        ];

        var converted = BoundaryConversion.Run(targets, values, old);

        var only = Assert.Single(converted);
        Assert.Equal(("percentage_koopwoningen", 55.0), (only.IndicatorId, only.Value!.Value));
    }

    private static Area Buurt(string code, int year, string wkt) =>
        new(code, code, AreaLevel.Buurt, "GM9999", "WK" + code[2..8], year, Wkt.Read(wkt));

    private static Area Buurt(string code, int year, Geometry geometry) =>
        new(code, code, AreaLevel.Buurt, "GM0233", "WK" + code[2..8], year, geometry);

    private static IO.Features.VectorLayer ReadGpkg(string file, string table)
    {
        var layer = IO.GeoPackage.GeoPackageReader.Read(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "Real", file),
            table
        );
        Assert.True(layer.IsSuccess, string.Join("; ", layer.Issues));
        return layer.Value!;
    }

    // CBS keeps counts under 5 secret (-99997): counted as none.
    private static double Count(NetTopologySuite.Features.IFeature feature, string field) =>
        Convert.ToDouble(feature.Attributes[field], CultureInfo.InvariantCulture) is var value && value > 0 ? value : 0;

    private static List<(Area Area, double Inwoners)> Gemeenten(string file, int year)
    {
        var layer = GeoJsonReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Real", file));
        Assert.True(layer.IsSuccess, string.Join("; ", layer.Issues));
        return layer
            .Value!.Features.Select(f =>
            {
                var code = (string)f.Attributes["gemeentecode"];
                var area = new Area(
                    code,
                    (string)f.Attributes["gemeentenaam"],
                    AreaLevel.Gemeente,
                    code,
                    null,
                    year,
                    f.Geometry
                );
                return (area, Convert.ToDouble(f.Attributes["aantal_inwoners"], CultureInfo.InvariantCulture));
            })
            .ToList();
    }
}
