using GeoOpgave.IO.Features;
using GeoOpgave.IO.Shapefile;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace GeoOpgave.IO.Tests.Shapefile;

public sealed class ShapefileWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("shpwriter").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Write_LineLayer_WritesAllSidecarFiles()
    {
        var shp = Path.Combine(_dir, "net.shp");

        ShapefileWriter.Write(shp, Lines());

        foreach (var extension in new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" })
        {
            Assert.True(File.Exists(Path.ChangeExtension(shp, extension)), extension);
        }

        Assert.Equal("UTF-8", File.ReadAllText(Path.ChangeExtension(shp, ".cpg")));
        var prj = File.ReadAllText(Path.ChangeExtension(shp, ".prj"));
        Assert.Contains("RD_New", prj, StringComparison.Ordinal);
        Assert.Contains("Amersfoort", prj, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LineLayer_ReadsBackGeometryAndAttributes()
    {
        var shp = Path.Combine(_dir, "net.shp");

        ShapefileWriter.Write(shp, Lines());

        var features = EsriShapefile.ReadAllFeatures(shp);
        Assert.Equal(2, features.Length);
        Assert.True(
            features[0]
                .Geometry.EqualsExact(WriterTestLayers.Read("MULTILINESTRING ((155000 463000, 155500 463250.5))"))
        );
        Assert.Equal("transport", features[0].Attributes["type"]);
        Assert.Equal(
            2004,
            Convert.ToInt32(features[0].Attributes["aanlegjaar"], System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal("Straße één", features[1].Attributes["omschrijvi"]);
        Assert.Null(features[1].Attributes["aanlegjaar"]);
    }

    [Fact]
    public void Write_FixedClock_StampsDbfDate()
    {
        var shp = Path.Combine(_dir, "net.shp");

        ShapefileWriter.Write(shp, Lines(), new FixedClock(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero)));

        var header = File.ReadAllBytes(Path.ChangeExtension(shp, ".dbf"))[1..4];
        Assert.Equal(new byte[] { 124, 7, 1 }, header);
    }

    [Fact]
    public void Write_PointsAndLines_Throws()
    {
        var layer = new VectorLayer("mixed", 28992,
            [WriterTestLayers.Feature("POINT (1 1)", []), WriterTestLayers.Feature("LINESTRING (0 0, 1 1)", [])]);

        Assert.Throws<ArgumentException>(() => ShapefileWriter.Write(Path.Combine(_dir, "m.shp"), layer));
    }

    [Fact]
    public void Write_ReadByOgrinfo_ReportsRdNewWithoutWarnings()
    {
        var shp = Path.Combine(_dir, "net.shp");
        ShapefileWriter.Write(shp, Lines());

        var output = WriterGdalTool.Run("ogrinfo", "-al", shp);

        WriterGdalTool.AssertClean(output);
        Assert.Contains("Amersfoort / RD New", output, StringComparison.Ordinal);
        Assert.Contains("Straße één", output, StringComparison.Ordinal);
    }

    private static VectorLayer Lines() =>
        new(
            "net",
            28992,
            [
                WriterTestLayers.Feature(
                    "LINESTRING (155000 463000, 155500 463250.5)",
                    new()
                    {
                        ["type"] = "transport",
                        ["aanlegjaar"] = 2004L,
                        ["omschrijving"] = "hoofdleiding",
                    }
                ),
                WriterTestLayers.Feature(
                    "LINESTRING (155500 463250.5, 155600 463300)",
                    new()
                    {
                        ["type"] = "distributie",
                        ["aanlegjaar"] = null,
                        ["omschrijving"] = "Straße één",
                    }
                ),
            ]
        );

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
