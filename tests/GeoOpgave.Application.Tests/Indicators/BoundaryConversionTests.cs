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
        // Brielle, Hellevoetsluis and Westvoorne (2022) became Voorne aan Zee (2024): real, separately simplified boundaries.
        var old = Gemeenten("gemeenten_2022_voorne.geojson", 2022);
        var merged = Gemeenten("gemeenten_2024_voorne.geojson", 2024);
        var values = old.Select(a => new IndicatorValue(a.Area.Code, "aantal_inwoners", 2022, a.Inwoners) { Source = "kwb-2022" }).ToList();

        var converted = Assert.Single(BoundaryConversion.Run([.. merged.Select(m => m.Area)], values, [.. old.Select(a => a.Area)]));

        var total = old.Sum(a => a.Inwoners);
        Assert.Equal(73_238, total);
        Assert.Equal(("GM1992", 2022, 2022, "kwb-2022"), (converted.AreaCode, converted.Year, converted.ConvertedFrom!.Value, converted.Source));
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
        IndicatorValue[] values = [new("BU99990001", "aantal_inwoners", 2022, 400), new("BU99990001", "percentage_huishoudens_met_laag_inkomen", 2022, 7.1)];

        var converted = BoundaryConversion.Run(targets, values, old).ToDictionary(v => (v.AreaCode, v.IndicatorId), v => v.Value);

        Assert.Equal(100, converted[("BU99990011", "aantal_inwoners")]!.Value, 6);
        Assert.Equal(300, converted[("BU99990012", "aantal_inwoners")]!.Value, 6);
        Assert.Equal(7.1, converted[("BU99990011", "percentage_huishoudens_met_laag_inkomen")]!.Value, 6);
        Assert.Equal(7.1, converted[("BU99990012", "percentage_huishoudens_met_laag_inkomen")]!.Value, 6);
    }

    [Fact]
    public void Run_TargetMostlyOutsideTheOldArea_GetsNoCountButAShare()
    {
        // The new buurt is 60 % old BU..01 (known) and 40 % land that no old buurt with a value covers.
        Area[] old = [Buurt("BU99990001", 2022, "POLYGON ((0 0, 60 0, 60 100, 0 100, 0 0))")];
        Area[] targets = [Buurt("BU99990011", 2024, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")];
        IndicatorValue[] values = [new("BU99990001", "aantal_inwoners", 2022, 400), new("BU99990001", "percentage_koopwoningen", 2022, 55)];

        var converted = BoundaryConversion.Run(targets, values, old);

        var only = Assert.Single(converted);
        Assert.Equal(("percentage_koopwoningen", 55.0), (only.IndicatorId, only.Value!.Value));
    }

    private static Area Buurt(string code, int year, string wkt) => new(code, code, AreaLevel.Buurt, "GM9999", "WK" + code[2..8], year, Wkt.Read(wkt));

    private static List<(Area Area, double Inwoners)> Gemeenten(string file, int year)
    {
        var layer = GeoJsonReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Real", file));
        Assert.True(layer.IsSuccess, string.Join("; ", layer.Issues));
        return layer.Value!.Features.Select(f =>
        {
            var code = (string)f.Attributes["gemeentecode"];
            var area = new Area(code, (string)f.Attributes["gemeentenaam"], AreaLevel.Gemeente, code, null, year, f.Geometry);
            return (area, Convert.ToDouble(f.Attributes["aantal_inwoners"], CultureInfo.InvariantCulture));
        }).ToList();
    }
}
