using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Shapefile;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace GeoOpgave.IO.Tests.Shapefile;

public sealed class ShapefileReaderTests : IDisposable
{
    private const string Square =
        "POLYGON ((155000 463000, 155100 463000, 155100 463100, 155000 463100, 155000 463000))";

    // An RD New .prj under another name, so only its parameters can give it away.
    private const string RdStereographicPrj =
        "PROJCS[\"Amersfoort_Stereografisch\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],"
        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Double_Stereographic\"],PARAMETER[\"False_Easting\",155000.0],"
        + "PARAMETER[\"False_Northing\",463000.0],PARAMETER[\"Central_Meridian\",5.38763888888889],PARAMETER[\"Scale_Factor\",0.9999079],"
        + "PARAMETER[\"Latitude_Of_Origin\",52.15616055555555],UNIT[\"Meter\",1.0]]";

    private const string Wgs84Prj =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private const string LambertPrj =
        "PROJCS[\"RGF93_Lambert_93\",GEOGCS[\"GCS_RGF_1993\",DATUM[\"D_RGF_1993\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"False_Easting\",700000.0],PARAMETER[\"False_Northing\",6600000.0],"
        + "PARAMETER[\"Central_Meridian\",3.0],PARAMETER[\"Standard_Parallel_1\",49.0],PARAMETER[\"Standard_Parallel_2\",44.0],PARAMETER[\"Latitude_Of_Origin\",46.5],UNIT[\"Meter\",1.0]]";

    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_RdNewByParameters_ReturnsFeaturesWithTypedAttributes()
    {
        var path = Write(
            "buurten.shp",
            RdStereographicPrj,
            Square,
            new AttributesTable
            {
                { "naam", "Centrum" },
                { "inwoners", 1200 },
                { "dichtheid", 45.5 },
            }
        );

        var result = ShapefileReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(("buurten", 28992), (result.Value.Name, result.Value.Srid));
        var feature = Assert.Single(result.Value.Features);
        Assert.Equal(28992, feature.Geometry.SRID);
        Assert.Equal(10_000, feature.Geometry.Area, 6);
        Assert.Equal("Centrum", feature.Attributes["naam"]);
        Assert.Equal(1200L, feature.Attributes["inwoners"]);
        Assert.Equal(45.5, feature.Attributes["dichtheid"]);
    }

    [Fact]
    public void Read_Wgs84Prj_TransformsToRdNewWithinOneMetre()
    {
        var path = Write("punten.shp", Wgs84Prj, "POINT (5.38720621 52.15517440)", new AttributesTable { { "id", 1 } });

        var result = ShapefileReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var point = Assert.Single(result.Value.Features).Geometry.Coordinate;
        Assert.InRange(point.X, 154_999, 155_001);
        Assert.InRange(point.Y, 462_999, 463_001);
    }

    [Fact]
    public void Read_WithoutPrj_AsksForCrs()
    {
        var path = Write("zonderprj.shp", null, Square, new AttributesTable { { "id", 1 } });

        var result = ShapefileReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueKind.MissingCrs, issue.Kind);
        Assert.Contains(".prj", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutPrjButSridOption_ReadsFeatures()
    {
        var path = Write("zonderprj.shp", null, Square, new AttributesTable { { "id", 1 } });

        var result = ShapefileReader.Read(path, new ShapefileReadOptions { Srid = 28992 });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Single(result.Value.Features);
    }

    [Fact]
    public void Read_UnsupportedPrj_ReportsUnknownCrs()
    {
        var path = Write("lambert.shp", LambertPrj, "POINT (650000 6860000)", new AttributesTable { { "id", 1 } });

        var result = ShapefileReader.Read(path);

        Assert.Equal(IssueKind.UnknownCrs, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_Latin1DbfWithCpg_DecodesAccents()
    {
        var path = Write(
            "latin1.shp",
            RdStereographicPrj,
            Square,
            new AttributesTable { { "naam", "Hoogeveen-Zuidoost é ë" } },
            Encoding.Latin1
        );
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "ISO-8859-1");

        var result = ShapefileReader.Read(path);

        Assert.Equal("Hoogeveen-Zuidoost é ë", Assert.Single(result.Value!.Features).Attributes["naam"]);
    }

    [Fact]
    public void Read_MissingDbf_ReportsFileNotFound()
    {
        var path = Write("zonderdbf.shp", RdStereographicPrj, Square, new AttributesTable { { "id", 1 } });
        File.Delete(Path.ChangeExtension(path, ".dbf"));

        var result = ShapefileReader.Read(path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueKind.FileNotFound, issue.Kind);
        Assert.EndsWith(".dbf'", issue.Message.Split(' ')[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedShp_ReportsUnreadableFile()
    {
        var path = Write("kapot.shp", RdStereographicPrj, Square, new AttributesTable { { "id", 1 } });
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..120]);

        var result = ShapefileReader.Read(path);

        Assert.False(result.IsSuccess);
        Assert.Equal(IssueKind.UnreadableFile, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_SwappedCoordinates_ReportsOutsideNetherlands()
    {
        var path = Write(
            "swapped.shp",
            RdStereographicPrj,
            "POINT (463000 155000)",
            new AttributesTable { { "id", 1 } }
        );

        var result = ShapefileReader.Read(path);

        var issue = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.OutsideNetherlands, 0, "swapped"), (issue.Kind, issue.FeatureIndex, issue.Layer));
    }

    private string Write(
        string fileName,
        string? prj,
        string wkt,
        AttributesTable attributes,
        Encoding? encoding = null
    )
    {
        var path = _files.PathOf(fileName);
        EsriShapefile.WriteAllFeatures([new Feature(new WKTReader().Read(wkt), attributes)], path, prj, encoding);
        if (prj is null)
        {
            File.Delete(Path.ChangeExtension(path, ".prj"));
        }

        return path;
    }
}
