using System.Globalization;
using System.Text;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>What the report of a code-table import says about zeros that stand for missing figures.</summary>
public sealed class CodeTableImportReportTests
{
    private const string Header =
        "buurt_code,aantal_inwoners,gemiddelde_woningwaarde,bewoond_percentage,koopwoning_percentage,"
        + "meergezinswoning_percentage,afstand_tot_treinstation_km\n";

    // Four buurten of the workspace (BU03080000–03) in a table of 24, the others of a neighbour (BU0307…).
    private static readonly string[] Workspace = ["BU03080000", "BU03080001", "BU03080002", "BU03080003"];

    [Fact]
    public async Task ImportAsync_SecretZerosInRowsOfOtherGemeenten_OnlyTheWorkspacesRowsAreReported()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], Workspace);
        var path = workspace.File("buurten.csv");
        await File.WriteAllTextAsync(path, Table(secret: ["BU03070005", "BU03080002"], stationKm: i => 1 + i));

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = 2022 });

        Assert.True(result.Imported);
        var secret = result.Reports[0].Issues.Where(i => i.Kind == IssueKind.SecretZeros).ToList();
        Assert.Contains(secret, i => i.Message.StartsWith("In 1 rij staan nullen", StringComparison.Ordinal)
            && i.Message.Contains("(BU03080002)", StringComparison.Ordinal));
        Assert.Contains(secret, i => i.Row == 4 && i.Message.StartsWith("BU03080002:", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, i => i.Message.Contains("BU03070005", StringComparison.Ordinal));
        // The clearing itself is unchanged: the matched secret row's WOZ 0 is unknown, not stored.
        var values = await workspace.IndicatorValuesAsync(2022);
        Assert.DoesNotContain(values, v => v.AreaCode == "BU03080002" && v.IndicatorId == "gemiddelde_woningwaarde");
        Assert.Contains(values, v => v.AreaCode == "BU03080001" && v.IndicatorId == "gemiddelde_woningwaarde");
    }

    [Fact]
    public async Task ImportAsync_ColumnThatIsZeroInEveryRow_WarnsByNameAndReadsItAsUnknown()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], Workspace);
        var path = workspace.File("buurten.csv");
        await File.WriteAllTextAsync(path, Table(secret: [], stationKm: _ => 0));

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = 2022 });

        Assert.True(result.Imported);
        var warning = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.SecretZeros);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("De kolom afstand_tot_treinstation_km is in elke rij 0", warning.Message, StringComparison.Ordinal);
        Assert.Contains("als onbekend ingelezen", warning.Message, StringComparison.Ordinal);
        var values = await workspace.IndicatorValuesAsync(2022);
        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.IndicatorId.Contains("treinstation", StringComparison.Ordinal));
    }

    // 24 buurten with ordinary figures; a secret row has 0 where the others hardly ever do.
    private static string Table(string[] secret, Func<int, double> stationKm)
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 24; i++)
        {
            var code = i < Workspace.Length ? Workspace[i] : $"BU0307{i:D4}";
            var km = stationKm(i).ToString(CultureInfo.InvariantCulture);
            text.Append(
                secret.Contains(code)
                    ? $"{code},70,0,0,0,0,{km}\n"
                    : $"{code},{500 + i},{300 + i},95,60,20,{km}\n"
            );
        }

        return text.ToString();
    }
}
