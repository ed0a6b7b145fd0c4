using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Cli.Tests.Commands;

public sealed class ExportCommandTests(ExportWorkspaceFixture workspace) : IClassFixture<ExportWorkspaceFixture>
{
    [Theory]
    [InlineData("buurten", "buurten.gpkg", "overlap: Integer")]
    [InlineData("buurten", "buurten.csv", "overlap: String")]
    [InlineData("wijken", "wijken.geojson", "wijknaam: String")]
    [InlineData("gemeenten", "gemeenten.csv", "gemeentenaam: String")]
    [InlineData("laag-water-zones", "zones.gpkg", "klasse: Integer")]
    [InlineData("selecties", "selecties.geojson", "buurtcodes: String")]
    public async Task Export_CollectionAndFormat_OgrinfoReadsItWithoutWarnings(
        string collection,
        string file,
        string field
    )
    {
        var output = workspace.PathOf(file);

        var (exitCode, text) = await CliRun.RunAsync(
            "export",
            "--collection",
            collection,
            "--out",
            output,
            "--db",
            workspace.Db
        );
        var info = await OgrInfo.RunAsync("-ro", "-al", "-so", output);

        Assert.True(exitCode == ExitCodes.Success, text);
        OgrInfo.AssertClean(info);
        Assert.Contains(field, info, StringComparison.Ordinal);
        Assert.Matches(@"Feature Count: [1-9]", info);
    }

    [Fact]
    public async Task Export_CsvWithComma_UsesTheSeparatorAndNamesTheCountInTheOutput()
    {
        var output = workspace.PathOf("wijken-komma.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "export",
            "--collection",
            "wijken",
            "--year",
            "2024",
            "--separator",
            ",",
            "--out",
            output,
            "--db",
            workspace.Db
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith(
            "wijkcode,wijknaam,gemeentecode,jaar",
            (await File.ReadAllTextAsync(output)).TrimStart('\uFEFF'),
            StringComparison.Ordinal
        );
        Assert.Matches(@"\d+ features van 'wijken' geschreven naar", text);
    }

    [Theory]
    [InlineData("provincies", "--profiel", "standaard", "provincies")]
    [InlineData("wijken", "--profiel", "standaard", "geen analyse")]
    [InlineData("buurten", "--profiel", "bestaat-niet", "bestaat-niet")]
    [InlineData("gemeenten", "--year", "1990", "1990")]
    [InlineData("buurten", "--separator", "|", "scheidingsteken")]
    public async Task Export_RejectedInput_ExitTwoAndNoFile(
        string collection,
        string option,
        string value,
        string message
    )
    {
        var output = workspace.PathOf($"afgewezen-{collection}-{value}.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "export",
            "--collection",
            collection,
            option,
            value,
            "--out",
            output,
            "--db",
            workspace.Db
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Export_Done_IsAuditedAsTheOsUser()
    {
        var output = workspace.PathOf("gemeenten-audit.geojson");

        await CliRun.RunAsync("export", "--collection", "gemeenten", "--out", output, "--db", workspace.Db);

        await using var connection = new SqliteConnection(workspace.Db);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT \"user\" FROM audit_log WHERE action = 'export' AND details LIKE '%gemeenten-audit.geojson%'";
        Assert.Equal($"cli:{Environment.UserName}", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Export_UnreachableDatabase_ExitOneAndNoFile()
    {
        var output = workspace.PathOf("onbereikbaar.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "export",
            "--collection",
            "wijken",
            "--out",
            output,
            "--db",
            "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2"
        );

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("Onverwachte fout", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
