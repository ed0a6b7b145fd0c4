using System.Text;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>The streaming point CSV import: checked in one pass, landed in a second, all or nothing.</summary>
public sealed class PointCsvImportTests
{
    [Fact]
    public async Task ImportAsync_DutchPointCsv_LandsWithReportFromTheStreamingPass()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("palen.csv");
        await File.WriteAllTextAsync(
            path,
            "naam;x;y;vermogen\nA;155000,5;463000;22,5\nB;156000;464000;-99997\n",
            new UTF8Encoding(true)
        );

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported, string.Join("; ", result.Reports[0].Issues.Select(i => i.Message)));
        var report = Assert.Single(result.Reports);
        Assert.Equal((2, 2, 0), (report.FeaturesRead, report.FeaturesImported, report.FeaturesRejected));
        Assert.Equal(new ImportExtent(155000.5, 463000, 156000, 464000), report.Extent);
        Assert.Equal(["Point"], report.GeometryTypes);
        Assert.Equal(1, report.Fields.Single(f => f.Name == "vermogen").Missing);
        var features = await workspace.FeaturesAsync(result.Layers[0].Id);
        Assert.Equal([0, 1], features.Select(f => f.Index));
        Assert.Equal((155000.5, 463000.0), (features[0].Geometry.Coordinate.X, features[0].Geometry.Coordinate.Y));
        Assert.Contains(
            "\"vermogen\":null",
            features[1].AttributesJson!.Replace(" ", string.Empty, StringComparison.Ordinal),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task ImportAsync_PointCsvOfSeveralBlocks_ReportsProgressPerBlockUpToTheWholeFile()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("voortgang.csv");
        var rows = string.Concat(
            Enumerable
                .Range(0, 3 * PointCsvStream.DefaultBlockRows)
                .Select(i => $"{i},{150_000 + (i % 500)},{460_000 + (i / 500)}\n")
        );
        await File.WriteAllTextAsync(path, "id,x,y\n" + rows);
        var seen = new List<double>();

        var result = await workspace.ImportAsync(new ImportRequest(path) { Progress = new Recorder(seen) });

        Assert.True(result.Imported, string.Join("; ", result.Reports[0].Issues.Select(i => i.Message)));
        // One report per block written; the parser may run a few blocks ahead, so the values only never go back.
        Assert.Equal(3, seen.Count);
        Assert.All(seen.Zip(seen.Skip(1)), pair =>
            Assert.True(pair.First <= pair.Second, $"{pair.First} then {pair.Second}")
        );
        Assert.InRange(seen[0], 0.3, 1.0);
        Assert.Equal(1.0, seen[^1]);
    }

    [Fact]
    public async Task ImportAsync_BadRowNearTheEnd_RejectedWithRowAndColumnAndNothingStored()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("laat.csv");
        var text = new StringBuilder("x;y\n");
        for (var i = 0; i < 5_000; i++)
        {
            text.Append(150_000 + i).Append(";460000\n");
        }

        text.Append("155000;kapot\n");
        await File.WriteAllTextAsync(path, text.ToString());

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.False(result.Imported);
        var issue = Assert.Single(result.Reports[0].Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((IssueKind.NotANumber, 5_002, "y"), (issue.Kind, issue.Row, issue.Field));
        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(0, await workspace.FeatureRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_TwoPointsOutsideTheNetherlands_ReportedAndSkippedTheRestLands()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("verdwaald.csv");
        var text = new StringBuilder("x;y\n");
        for (var i = 0; i < 500; i++)
        {
            text.Append(i is 10 or 400 ? "463000;155000\n" : $"{150_000 + i};460000\n");
        }

        await File.WriteAllTextAsync(path, text.ToString());

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported, string.Join("; ", result.Reports[0].Issues.Select(i => i.Message)));
        var report = Assert.Single(result.Reports);
        Assert.Equal((500, 498, 2), (report.FeaturesRead, report.FeaturesImported, report.FeaturesRejected));
        var issue = Assert.Single(report.Issues, i => i.Kind == IssueKind.OutsideNetherlands);
        Assert.Equal((IssueSeverity.Warning, 12), (issue.Severity, issue.Row));
        Assert.Contains("regel 402", issue.Message, StringComparison.Ordinal);
        Assert.Equal(498, await workspace.FeatureRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_PointCsvWithSwappedAxes_RejectedAndNothingStored()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("omgedraaid.csv");
        await File.WriteAllTextAsync(
            path,
            "x;y\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"{460_000 + i};155000\n"))
        );

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.False(result.Imported);
        Assert.Contains(result.Reports[0].Issues, i =>
            i.Kind == IssueKind.OutsideNetherlands && i.Severity == IssueSeverity.Error
        );
        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(0, await workspace.FeatureRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_MoreRowsThanMaxFeatures_RejectedAsTooLarge()
    {
        await using var workspace = new ImportTestWorkspace(
            new Dictionary<string, string?> { ["Import:MaxFeatures"] = "2" }
        );
        var path = workspace.File("veel.csv");
        await File.WriteAllTextAsync(path, "x;y\n155000;463000\n155001;463000\n155002;463000\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.False(result.Imported);
        Assert.Contains(result.Reports[0].Issues, i => i.Kind == IssueKind.TooLarge);
        Assert.Empty(await workspace.LayersAsync());
    }

    [Fact]
    public async Task ImportAsync_BadRowAfterTheFirstBlockIntoPostgis_RejectedListingEveryBadRowAndLeavesNothing()
    {
        await using var workspace = await ImportTestWorkspace.PostgisAsync();
        var path = workspace.File("laat-kapot.csv");
        var text = new StringBuilder("x;y;nr\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(150_000 + (i % 500)).Append(";460000;").Append(i).Append('\n');
        }

        text.Append("kapot;460000;1\n155000;460000;2\n155000;ook kapot;3\n");
        await File.WriteAllTextAsync(path, text.ToString());

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.False(result.Imported);
        var report = Assert.Single(result.Reports);
        Assert.Equal([40_002, 40_004], report.Issues.Where(i => i.Kind == IssueKind.NotANumber).Select(i => i.Row));
        Assert.Equal((40_003, 40_001, 2), (report.FeaturesRead, report.FeaturesImported, report.FeaturesRejected));
        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(0, await workspace.FeatureRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_PointCsvIntoPostgis_StreamsEveryRow()
    {
        await using var workspace = await ImportTestWorkspace.PostgisAsync();
        var path = workspace.File("grid.csv");
        var rows = string.Concat(
            Enumerable.Range(0, 20_000).Select(i => $"{i},{150_000 + (i % 200)},{460_000 + (i / 200)}\n")
        );
        await File.WriteAllTextAsync(path, "id,x,y\n" + rows);

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported, string.Join("; ", result.Reports[0].Issues.Select(i => i.Message)));
        Assert.Equal(20_000, result.Layers[0].FeatureCount);
        Assert.Equal(20_000, await workspace.FeatureRowsAsync());
        Assert.Equal(new ImportExtent(150_000, 460_000, 150_199, 460_099), result.Reports[0].Extent);
    }

    [Fact]
    public async Task ImportAsync_Windows1252Csv_LandsDecodedAndReportsTheEncoding()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("cafes.csv");
        await File.WriteAllBytesAsync(path, CsvEncoding.Ansi.GetBytes("naam;x;y\nCafé Olé;155000;463000\n"));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported, string.Join("; ", result.Reports[0].Issues.Select(i => i.Message)));
        Assert.Contains(result.Reports[0].Issues, i =>
            (i.Severity, i.Kind) == (IssueSeverity.Info, IssueKind.TextEncoding)
        );
        var feature = Assert.Single(await workspace.FeaturesAsync(result.Layers[0].Id));
        using var attributes = System.Text.Json.JsonDocument.Parse(feature.AttributesJson!);
        Assert.Equal("Café Olé", attributes.RootElement.GetProperty("naam").GetString());
    }

    [Fact]
    public async Task ImportAsync_InvalidUtf8AfterTheFirstMegabyte_WarnsWithTheLine()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("laat-ansi.csv");
        var text = new StringBuilder("naam;x;y\n");
        for (var i = 0; i < 60_000; i++)
        {
            text.Append("Straat;155000;463000\n");
        }

        var bytes = Encoding
            .UTF8.GetBytes(text.ToString())
            .Concat(CsvEncoding.Ansi.GetBytes("Café;155000;463000\n"))
            .ToArray();
        await File.WriteAllBytesAsync(path, bytes);

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var warning = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.TextEncoding);
        Assert.Equal((IssueSeverity.Warning, 60_002, "naam"), (warning.Severity, warning.Row, warning.Field));
    }

    private sealed class Recorder(List<double> seen) : IProgress<double>
    {
        public void Report(double value) => seen.Add(value);
    }
}
