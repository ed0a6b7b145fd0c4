using System.Globalization;
using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Csv;

public sealed class PointCsvReaderTests : IDisposable
{
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_SemicolonWithDutchDecimals_ReadsPointsAndTypedAttributes()
    {
        var path = _files.Write(
            "laadpalen.csv",
            "naam;x;y;vermogen;aantal;postcode;opmerking\nStation;155000,5;463000,25;22,5;4;0363;\nMarkt;156000;464000;11;2;3811;\"met ; puntkomma\"\n"
        );

        var result = PointCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(("laadpalen", 28992, 2), (result.Value.Name, result.Value.Srid, result.Value.Features.Count));
        var first = result.Value.Features[0];
        Assert.Equal((155000.5, 463000.25), (first.Geometry.Coordinate.X, first.Geometry.Coordinate.Y));
        Assert.Equal(28992, first.Geometry.SRID);
        Assert.Equal("Station", first.Attributes["naam"]);
        Assert.Equal(22.5, first.Attributes["vermogen"]);
        Assert.Equal(4L, first.Attributes["aantal"]);
        Assert.Equal("0363", first.Attributes["postcode"]);
        Assert.Null(first.Attributes["opmerking"]);
        Assert.Equal("met ; puntkomma", result.Value.Features[1].Attributes["opmerking"]);
        Assert.False(first.Attributes.Exists("x"));
    }

    [Fact]
    public void Read_OldMacLineEnds_ReadsEveryPointWithItsLine()
    {
        var path = _files.Write("mac.csv", "x;y;naam\r155000;463000;\"a\rb\"\r156000;464000;c\r");

        var result = PointCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(["a\rb", "c"], result.Value.Features.Select(f => (string)f.Attributes["naam"]));
    }

    [Fact]
    public void Read_CommaDelimitedWithBomAndCrLf_ReadsPoints()
    {
        var path = _files.PathOf("bom.csv");
        File.WriteAllText(
            path,
            "rd_x,rd_y,waarde\r\n155000.5,463000,1.5\r\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)
        );

        var result = PointCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var feature = Assert.Single(result.Value.Features);
        Assert.Equal(155000.5, feature.Geometry.Coordinate.X);
        Assert.Equal(1.5, feature.Attributes["waarde"]);
    }

    [Fact]
    public void Read_LonLatColumns_TransformsToRdNewWithinOneMetre()
    {
        var path = _files.Write("wgs.csv", "id;lat;lon\n1;52,15517440;5,38720621\n");

        var result = PointCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var point = Assert.Single(result.Value.Features).Geometry.Coordinate;
        Assert.InRange(point.X, 154_999, 155_001);
        Assert.InRange(point.Y, 462_999, 463_001);
    }

    [Fact]
    public void Read_NamedColumnsAndSrid_UsesOptions()
    {
        var path = _files.Write("named.csv", "oost,noord\n5.38720621,52.15517440\n");

        var result = PointCsvReader.Read(
            path,
            new PointCsvOptions
            {
                XColumn = "oost",
                YColumn = "noord",
                Srid = 4326,
            }
        );

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.InRange(Assert.Single(result.Value.Features).Geometry.Coordinate.X, 154_999, 155_001);
    }

    [Fact]
    public void Read_UnparsableCoordinates_ReportRowAndColumnAndKeepOtherRows()
    {
        var path = _files.Write("fout.csv", "x;y\n155000;463000\nabc;463000\n\n155000;\n");

        var result = PointCsvReader.Read(path);

        Assert.False(result.IsSuccess);
        Assert.Single(result.Value!.Features);
        Assert.Equal(
            [(IssueKind.NotANumber, 3, "x"), (IssueKind.NotANumber, 5, "y")],
            result.Errors.Select(i => (i.Kind, i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void Read_UnderDutchCulture_StillParsesInvariantPoints()
    {
        var path = _files.Write("nl.csv", "x,y,waarde\n155000.5,463000,1.5\n");
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var result = PointCsvReader.Read(path);

            var feature = Assert.Single(result.Value!.Features);
            Assert.Equal(155000.5, feature.Geometry.Coordinate.X);
            Assert.Equal(1.5, feature.Attributes["waarde"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Read_CommaDecimalInCommaFile_IsNotANumber()
    {
        var path = _files.Write("komma.csv", "x,y\n\"155000,5\",463000\n");

        var result = PointCsvReader.Read(path);

        var issue = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.NotANumber, 2, "x"), (issue.Kind, issue.Row, issue.Field));
    }

    [Fact]
    public void Read_NoCoordinateColumns_ReportsMissingField()
    {
        var path = _files.Write("geenxy.csv", "naam;adres\nA;B\n");

        var result = PointCsvReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.MissingField, 1), (issue.Kind, issue.Row));
    }

    [Fact]
    public void Read_SwappedRdColumns_ReportsOutsideNetherlands()
    {
        var path = _files.Write("swapped.csv", "x;y\n463000;155000\n");

        var result = PointCsvReader.Read(path);

        Assert.Equal(IssueKind.OutsideNetherlands, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Read_EmptyFile_ReportsUnsupportedFormat()
    {
        var path = _files.Write("leeg.csv", string.Empty);

        var result = PointCsvReader.Read(path);

        Assert.Equal(IssueKind.UnsupportedFormat, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_MissingFile_ReturnsFileNotFound()
    {
        var result = PointCsvReader.Read(_files.PathOf("nergens.csv"));

        Assert.Equal(IssueKind.FileNotFound, Assert.Single(result.Issues).Kind);
    }
}
