using System.Globalization;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>The acceptance of issue 15 on the demo: its plans, analysed and listed by the commands an analyst
/// runs.</summary>
public sealed class DemoPlannenTests
{
    private const string Kans = "straat-een-keer-open";
    private static readonly string[] Partners = ["warmtenet", "herinrichting-openbare-ruimte"];

    [Fact]
    public async Task Analyse_Demo_StraatEenKeerOpenExactlyWhereWerkenCsvHasSewerAndPartnerWithinThreeYears()
    {
        using var folder = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (analyseCode, _) = await CliRun.RunAsync(
            "analyse",
            "--out",
            folder.PathOf("analyse.csv"),
            "--db",
            folder.Db
        );
        var (werkenCode, _) = await CliRun.RunAsync("werken", "--out", folder.PathOf("werken.csv"), "--db", folder.Db);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (analyseCode, werkenCode));
        var kansen = Read(folder.PathOf("analyse.csv"))
            .ToDictionary(
                r => r["buurtcode"],
                r => r["koppelkansen"].Split(';', StringSplitOptions.RemoveEmptyEntries),
                StringComparer.Ordinal
            );
        var werken = Read(folder.PathOf("werken.csv")).ToLookup(r => r["buurtcode"], StringComparer.Ordinal);
        var withKans = kansen.Where(k => k.Value.Contains(Kans)).Select(k => k.Key).ToArray();
        Assert.NotEmpty(withKans);
        Assert.All(withKans, code =>
            Assert.True(SmallestGap(werken[code]) <= 3, $"{code}: {SmallestGap(werken[code])} jaar")
        );
        // Both kinds in the buurt but never within three years: no koppelkans (the agenda offers to shift a plan).
        var apart = kansen.Keys.Where(code => SmallestGap(werken[code]) is > 3).ToArray();
        Assert.NotEmpty(apart);
        Assert.All(apart, code => Assert.DoesNotContain(Kans, kansen[code]));
    }

    // The fewest years between a sewer work and a heat network or herinrichting work of the buurt; null without both.
    private static int? SmallestGap(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var list = rows.ToList();
        var gaps =
            from riool in list.Where(r => r["soort"] == "riolering")
            from other in list.Where(r => Partners.Contains(r["soort"]))
            select Math.Max(
                0,
                Math.Max(Year(riool["start"]), Year(other["start"]))
                    - Math.Min(Year(riool["eind"]), Year(other["eind"]))
            );
        return gaps.Select(g => (int?)g).Min();
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var table = CodeTableCsvReader.ReadText(path, new CodeTableCsvOptions { CodeColumn = "buurtcode" }).Value!;
        return table
            .Rows.Select(r =>
                (IReadOnlyDictionary<string, string>)
                    table
                        .Header.Select((h, i) => (h, r.Cells[i]))
                        .ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal)
            )
            .ToList();
    }
}
