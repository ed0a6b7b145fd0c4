using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Cli.Tests.Commands;

public class AnalyseCompareTests
{
    [Fact]
    public async Task Analyse_Compare_WritesBothScenariosAndTheDifferencesPerBuurt()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("vergelijking.geojson");

        var (exitCode, text) = await CliRun.RunAsync(
            "analyse", "--db", workspace.Db, "--profiel", "standaard", "--compare", "vaste-drempels", "--out", output);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Vergeleken met profiel 'vaste-drempels'", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var properties = json
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .ToArray();
        Assert.Equal(48, properties.Length);
        // Plas en Park (15 inwoners, 6 woningen) is ranked by neither profile: no rank, no difference, and the reason.
        var ranked = properties.Where(p => p.GetProperty("prioriteit").ValueKind == JsonValueKind.Number).ToArray();
        Assert.All(ranked, p =>
        {
            Assert.Equal("standaard", p.GetProperty("profiel").GetString());
            Assert.Equal("vaste-drempels", p.GetProperty("profiel_b").GetString());
            Assert.Equal(
                p.GetProperty("overlap_b").GetInt32() - p.GetProperty("overlap").GetInt32(),
                p.GetProperty("verschil_overlap").GetInt32()
            );
            Assert.Equal(
                p.GetProperty("prioriteit_b").GetInt32() - p.GetProperty("prioriteit").GetInt32(),
                p.GetProperty("verschil_prioriteit").GetInt32()
            );
        });
        Assert.Contains(ranked, p => p.GetProperty("verschil_prioriteit").GetInt32() != 0);
        Assert.Equal(Enumerable.Range(1, 47), ranked.Select(p => p.GetProperty("prioriteit").GetInt32()).Order());
        var plasEnPark = properties.Single(p => p.GetProperty("prioriteit").ValueKind == JsonValueKind.Null);
        Assert.Equal("BU99990209", plasEnPark.GetProperty("buurtcode").GetString());
        Assert.Equal(JsonValueKind.Null, plasEnPark.GetProperty("verschil_prioriteit").ValueKind);
        Assert.StartsWith(
            "minder dan 50 inwoners en 50 woningen",
            plasEnPark.GetProperty("niet_gerangschikt").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Analyse_CsvOut_WritesOneRowPerBuurtWithTheComparison()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("vergelijking.csv");

        var (exitCode, _) = await CliRun.RunAsync(
            "analyse",
            "--db",
            workspace.Db,
            "--compare",
            "vaste-drempels",
            "--out",
            output
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(49, lines.Length);
        var header = lines[0].Split(';');
        Assert.Contains("buurtcode", header);
        Assert.Contains("verschil_prioriteit", header);
        Assert.Contains("overlap_b", header);
    }

    [Fact]
    public async Task Analyse_GpkgOut_WritesTheBuurtenTableWithItsQgisStyle()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("overlap.gpkg");

        var (exitCode, _) = await CliRun.RunAsync("analyse", "--db", workspace.Db, "--out", output);

        Assert.Equal(ExitCodes.Success, exitCode);
        await using var connection = new SqliteConnection($"Data Source={output};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), max(prioriteit), count(niet_gerangschikt) FROM buurten";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((48L, 47L, 1L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        await using var style = connection.CreateCommand();
        style.CommandText = "SELECT f_table_name, useAsDefault, styleQML LIKE '%prioriteit%' OR styleQML LIKE '%overlap%' "
            + "FROM layer_styles";
        await using var styles = await style.ExecuteReaderAsync();
        Assert.True(await styles.ReadAsync());
        Assert.Equal(("buurten", true, true), (styles.GetString(0), styles.GetBoolean(1), styles.GetBoolean(2)));
    }

    [Theory]
    [InlineData("--compare", "bestaat-niet")]
    [InlineData("--profiel", "bestaat-niet", "--compare", "standaard")]
    public async Task Analyse_CompareWithUnknownProfiel_RejectedWithExitTwoAndNoFile(params string[] args)
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("x.geojson");

        var (exitCode, text) = await CliRun.RunAsync(["analyse", "--db", workspace.Db, .. args, "--out", output]);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("bestaat-niet", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
