using System.Globalization;
using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>
/// Values of a changed indeling follow the addresses once the CBS 100 m grid is loaded: old A (west) and B (east)
/// were redrawn into T1 (A and the west half of B) and T2 (the east half of B). A's ten dwellings and two of B's
/// lie in T1, B's other eight in T2, so T1's low-income share is (10 × 10 + 2 × 30) / 12, not the area's mix.
/// </summary>
public sealed class AddressWeightedConversionTests : IDisposable
{
    private const double X = 155_000;
    private const double Y = 463_000;
    private readonly TempWorkspace _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Analyse_GridLoaded_ConvertsByDwellingsInsteadOfArea()
    {
        await File.WriteAllTextAsync(
            _folder.PathOf("buurten_2024.geojson"),
            Areas(("BU99990011", 0, 150), ("BU99990012", 150, 200))
        );
        await File.WriteAllTextAsync(
            _folder.PathOf("buurten_2022.geojson"),
            Areas(("BU99990001", 0, 100), ("BU99990002", 100, 200))
        );
        await File.WriteAllTextAsync(
            _folder.PathOf("inkomen_2022.csv"),
            "buurtcode;percentage_huishoudens_met_laag_inkomen\nBU99990001;10\nBU99990002;30\n"
        );
        double[] dwellings =
        [
            .. Enumerable.Range(0, 10).Select(i => 5.0 + (9 * i)),
            115,
            135,
            .. Enumerable.Range(0, 8).Select(i => 155.0 + (5 * i)),
        ];
        await File.WriteAllTextAsync(_folder.PathOf("vk100.geojson"), Grid(dwellings));
        string[][] steps =
        [
            ["import", _folder.PathOf("buurten_2024.geojson"), "--as-areas", "--year", "2024"],
            ["import", _folder.PathOf("buurten_2022.geojson"), "--as-areas", "--year", "2022"],
            ["import", _folder.PathOf("inkomen_2022.csv"), "--code-column", "buurtcode", "--year", "2022"],
        ];
        foreach (var step in steps)
        {
            var (code, output) = await CliRun.RunAsync([.. step, "--db", _folder.Db]);
            Assert.True(code == ExitCodes.Success, output);
        }

        var byArea = await LowIncomeAsync("zonder_raster.geojson");
        var (gridCode, gridOutput) = await CliRun.RunAsync(
            "import",
            _folder.PathOf("vk100.geojson"),
            "--db",
            _folder.Db
        );
        Assert.True(gridCode == ExitCodes.Success, gridOutput);
        var byAddress = await LowIncomeAsync("met_raster.geojson");

        Assert.Equal(((10 * 100) + (30 * 50)) / 150.0, byArea["BU99990011"], 4);
        Assert.Equal(((10 * 10) + (30 * 2)) / 12.0, byAddress["BU99990011"], 4);
        Assert.Equal(30, byAddress["BU99990012"], 4);
    }

    private async Task<Dictionary<string, double>> LowIncomeAsync(string file)
    {
        var (code, output) = await CliRun.RunAsync(
            "analyse",
            "--year",
            "2024",
            "--db",
            _folder.Db,
            "--out",
            _folder.PathOf(file)
        );
        Assert.True(code == ExitCodes.Success, output);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.PathOf(file)));
        return document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .ToDictionary(
                p => p.GetProperty("buurtcode").GetString()!,
                p => p.GetProperty("percentage_huishoudens_met_laag_inkomen").GetDouble()
            );
    }

    private static string Areas(params (string Code, double West, double East)[] buurten) =>
        Collection(
            buurten.Select(b =>
                Feature(
                    Square(b.West, 0, b.East, 100),
                    $$"""{"buurtcode":"{{b.Code}}","buurtnaam":"Buurt {{b.Code[^2..]}}","wijkcode":"WK999900","wijknaam":"Wijk","gemeentecode":"GM9999","gemeentenaam":"Proefdam"}"""
                )
            )
        );

    // 10 m cells (the real grid has 100 m cells; only the centre and the dwellings count), with the CBS cell id field.
    private static string Grid(double[] dwellings) =>
        Collection(
            dwellings.Select(
                (x, i) =>
                    Feature(
                        Square(x - 2, 48, x + 2, 52),
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $$"""{"c28992r100":"E{{i}}N0","aantal_woningen":1,"aantal_inwoners":-99997}"""
                        )
                    )
            )
        );

    private static string Collection(IEnumerable<string> features) =>
        $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[{{{string.Join(",", features)}}}]}""";

    private static string Feature(string geometry, string properties) =>
        $$"""{"type":"Feature","geometry":{{geometry}},"properties":{{properties}}}""";

    private static string Square(double west, double south, double east, double north) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"type\":\"Polygon\",\"coordinates\":[[[{X + west},{Y + south}],[{X + east},{Y + south}],[{X + east},{Y + north}],[{X + west},{Y + north}],[{X + west},{Y + south}]]]}}"
        );
}
