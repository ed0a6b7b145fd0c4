using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>
/// A real gemeente, Baarn, from its own open data of several years (see Fixtures/Real/SOURCE.md): the 2024 kaart
/// (mostly -99995), a third party's 2022 table and the StatLine KWB series 2016–2025.
/// </summary>
public sealed class RealGemeenteTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Real");
    private readonly TempWorkspace _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Baarn_ValuesOfSeveralYears_ScoreEnergieWonenAndSociaalWithTheirYears()
    {
        await LoadBaarnAsync();

        var (exitCode, _) = await CliRun.RunAsync(
            "analyse",
            "--year",
            "2024",
            "--db",
            _folder.Db,
            "--out",
            _folder.PathOf("baarn.geojson")
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        var buurten = Buurten(await File.ReadAllTextAsync(_folder.PathOf("baarn.geojson")));
        Assert.Equal(21, buurten.Count);
        Assert.InRange(Scored(buurten, "energie"), 19, 21);
        Assert.InRange(Scored(buurten, "wonen"), 19, 21);
        // Three buurten (Eemland, Amerpoort, Lage Vuursche) have no CBS income or youth-care figure in any year:
        // CBS keeps them secret, so sociaal stays onbekend there rather than counting missing as 0.
        Assert.Equal(18, Scored(buurten, "sociaal"));
        Assert.Equal(0, Scored(buurten, "klimaatadaptatie"));

        var centrum = buurten.Single(b => b.GetProperty("buurtcode").GetString() == "BU03080000");
        Assert.Equal((1205, 2022), Value(centrum, "gemiddeld_gasverbruik_totaal"));
        Assert.Equal((88, 2022), Value(centrum, "percentage_bouwjaarklasse_tot_2000"));
        Assert.Equal((8, 2022), Value(centrum, "percentage_leegstand_woningen"));
        Assert.Equal((4.3, 2023), Value(centrum, "percentage_huishoudens_met_laag_inkomen"));
        Assert.Equal((20.0 / 1825 * 1000, 2024), Value(centrum, "bijstand_per_1000_inwoners"), new RoundedComparer());
        Assert.All(buurten, b => AssertEveryValueHasItsYear(b));
    }

    [Fact]
    public async Task Status_Baarn_NamesTheMissingHeatAndFloodMapsAndWhereToGetThem()
    {
        await LoadBaarnAsync();

        var (exitCode, text) = await CliRun.RunAsync("status", "--db", _folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Klimaatadaptatie", text, StringComparison.Ordinal);
        Assert.Contains("0 van 21 (0 %)", text, StringComparison.Ordinal);
        Assert.Contains("onvolledig", text, StringComparison.Ordinal);
        Assert.Contains(
            "gevoelstemperatuur (gemiddelde_gevoelstemperatuur; klimaatadaptatie): ontbreekt in 21 van 21",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("aandeel_wateroverlast_klasse_3_plus", text, StringComparison.Ordinal);
        Assert.Contains("Klimaateffectatlas", text, StringComparison.Ordinal);
        Assert.Contains("EP-Online", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ValuesOfAnotherYear_LeaveTheFirstYearAsItWas()
    {
        await LoadBaarnAsync();
        var before = await File.ReadAllTextAsync(await AnalyseAsync("voor.geojson"));
        var later = _folder.PathOf("gas_2023.csv");
        await File.WriteAllTextAsync(later, "code;Gemiddeld aardgasverbruik totaal (m3)\nBU03080000;999\n");

        var (exitCode, _) = await CliRun.RunAsync("import", later, "--year", "2023", "--db", _folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        var centrum = Buurten(await File.ReadAllTextAsync(await AnalyseAsync("na.geojson")))
            .Single(b => b.GetProperty("buurtcode").GetString() == "BU03080000");
        Assert.Equal((999, 2023), Value(centrum, "gemiddeld_gasverbruik_totaal"));
        var centrumBefore = Buurten(before).Single(b => b.GetProperty("buurtcode").GetString() == "BU03080000");
        Assert.Equal((1205, 2022), Value(centrumBefore, "gemiddeld_gasverbruik_totaal"));
        var (_, listed) = await CliRun.RunAsync("layers", "--db", _folder.Db);
        Assert.Contains("utrecht_buurten_baarn", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadBinding_ExitTwoNamingTheColumnAndNothingLands()
    {
        var (exitCode, text) = await ImportUtrechtOnBaarnAsync("percentage_leegstand_woningen=100 - bewoond_procent");
        var (_, listed) = await CliRun.RunAsync("layers", "--db", _folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("'bewoond_procent'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("utrecht_buurten_baarn", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ThirdPartyZerosForSecretFigures_ReadAsUnknownWithAWarning()
    {
        var (exitCode, text) = await ImportUtrechtOnBaarnAsync(
            "percentage_leegstand_woningen=100 - bewoond_percentage"
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(
            "In 1 rij staan nullen die geheimgehouden of ontbrekende cijfers lijken (BU03080501)",
            Flat(text),
            StringComparison.Ordinal
        );
        var buurten = Buurten(await File.ReadAllTextAsync(await AnalyseAsync("nullen.geojson")));
        // Verspreide huizen Lage Vuursche (17 dwellings): the table's WOZ 0 and 0 % bewoond were CBS secrets, not a
        // value.
        var hamlet = buurten.Single(b => b.GetProperty("buurtcode").GetString() == "BU03080501");
        Assert.Equal(JsonValueKind.Null, hamlet.GetProperty("gemiddelde_woningwaarde").ValueKind);
        Assert.Equal(JsonValueKind.Null, hamlet.GetProperty("percentage_leegstand_woningen").ValueKind);
        // Amerpoort's real zeros (no owner-occupied homes, no children) do not make it a secret row.
        var amerpoort = buurten.Single(b => b.GetProperty("buurtcode").GetString() == "BU03080401");
        Assert.Equal((57, 2022), Value(amerpoort, "percentage_leegstand_woningen"));
    }

    [Fact]
    public async Task IndicatorsBind_LoadedTable_FillsTheIndicatorFromAnExpression()
    {
        await CliRun.RunAsync("import", Fixture("baarn_buurten.geojson"), "--as-areas", "--db", _folder.Db);
        await CliRun.RunAsync(
            "import",
            Fixture("utrecht_buurten_baarn.csv"),
            "--code-column",
            "buurt_code",
            "--year",
            "2022",
            "--db",
            _folder.Db
        );

        var (exitCode, text) = await CliRun.RunAsync(
            "indicators",
            "bind",
            "--layer",
            "utrecht_buurten_baarn",
            "--db",
            _folder.Db,
            "percentage_leegstand_woningen=100 - bewoond_percentage"
        );
        var (badCode, bad) = await CliRun.RunAsync(
            "indicators",
            "bind",
            "--layer",
            "utrecht_buurten_baarn",
            "--db",
            _folder.Db,
            "x=(1"
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        // 20, not 21: Verspreide huizen Lage Vuursche's 0 was a secret figure the table wrote as 0 (read as unknown).
        Assert.Contains("20 bekende waarden", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputRejected, badCode);
        Assert.Contains("')' ontbreekt", bad, StringComparison.Ordinal);
    }

    private static string Fixture(string name) => Path.Combine(Fixtures, name);

    // Baarn's 2024 kaart, then the third party's 2022 table with one binding.
    private async Task<(int ExitCode, string Text)> ImportUtrechtOnBaarnAsync(string binding)
    {
        await CliRun.RunAsync("import", Fixture("baarn_buurten.geojson"), "--as-areas", "--db", _folder.Db);
        return await CliRun.RunAsync(
            "import",
            Fixture("utrecht_buurten_baarn.csv"),
            "--code-column",
            "buurt_code",
            "--year",
            "2022",
            "--db",
            _folder.Db,
            "--indicator",
            binding
        );
    }

    // The console wraps long lines; a message is compared as one line.
    private static string Flat(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static int Scored(List<JsonElement> buurten, string opgave) =>
        buurten.Count(b => b.GetProperty($"urgentie_{opgave}").GetString() != "onbekend");

    private static (double Value, int Year) Value(JsonElement buurt, string indicator) =>
        (Math.Round(buurt.GetProperty(indicator).GetDouble(), 6), buurt.GetProperty($"{indicator}_jaar").GetInt32());

    private static void AssertEveryValueHasItsYear(JsonElement buurt)
    {
        foreach (var property in buurt.EnumerateObject().Where(p => buurt.TryGetProperty(p.Name + "_jaar", out _)))
        {
            var year = buurt.GetProperty(property.Name + "_jaar");
            Assert.Equal(property.Value.ValueKind == JsonValueKind.Null, year.ValueKind == JsonValueKind.Null);
        }
    }

    private static List<JsonElement> Buurten(string geoJson) =>
        JsonDocument
            .Parse(geoJson)
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .Select(f => f.GetProperty("properties").Clone())
            .ToList();

    private async Task LoadBaarnAsync()
    {
        string[][] steps =
        [
            ["import", Fixture("baarn_buurten.geojson"), "--as-areas"],
            [
                "import", Fixture("utrecht_buurten_baarn.csv"), "--code-column", "buurt_code", "--year", "2022",
                "--indicator", "gemiddeld_gasverbruik_totaal=aardgasverbruik_m3_gemiddeld",
                "--indicator", "percentage_bouwjaarklasse_tot_2000=100 - bouwjaar_vanaf_2000_percentage",
                "--indicator", "percentage_leegstand_woningen=100 - bewoond_percentage",
            ],
            ["import", Fixture("baarn_kwb_2016_2025_statline.csv")],
        ];
        foreach (var step in steps)
        {
            var (exitCode, text) = await CliRun.RunAsync([.. step, "--db", _folder.Db]);
            Assert.True(exitCode == ExitCodes.Success, text);
        }
    }

    private async Task<string> AnalyseAsync(string file)
    {
        var (exitCode, text) = await CliRun.RunAsync(
            "analyse",
            "--year",
            "2024",
            "--db",
            _folder.Db,
            "--out",
            _folder.PathOf(file)
        );
        Assert.True(exitCode == ExitCodes.Success, text);
        return _folder.PathOf(file);
    }

    private sealed class RoundedComparer : IEqualityComparer<(double Value, int Year)>
    {
        public bool Equals((double Value, int Year) x, (double Value, int Year) y) =>
            Math.Abs(x.Value - y.Value) < 1e-3 && x.Year == y.Year;

        public int GetHashCode((double Value, int Year) obj) => obj.Year;
    }
}
