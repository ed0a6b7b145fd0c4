using System.IO.Compression;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.IO.Shapefile;
using GeoOpgave.Tools.GeoTiff;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>Small input files, made by the tests themselves.</summary>
public static class ImportFixtures
{
    public const string RdGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
         "features":[
          {"type":"Feature","properties":{"naam":"A","woningen":12,"woz":-99995},"geometry":{"type":"Point","coordinates":[155000,463000]}},
          {"type":"Feature","properties":{"naam":"B","woningen":7.5,"woz":250},"geometry":{"type":"Point","coordinates":[156000,464000]}},
          {"type":"Feature","properties":{"naam":null,"woningen":3},"geometry":null}
         ]}
        """;

    public static VectorLayer Layer(string name, params string[] wkts) =>
        new(
            name,
            28992,
            wkts.Select(
                    (wkt, i) =>
                    {
                        var geometry = new WKTReader().Read(wkt);
                        geometry.SRID = 28992;
                        return (IFeature)
                            new Feature(
                                geometry,
                                new AttributesTable { { "nummer", (long)i }, { "naam", $"object {i}" } }
                            );
                    }
                )
                .ToList()
        );

    public static string GeoPackage(string path, params VectorLayer[] layers)
    {
        GeoPackageWriter.Write(path, layers);
        return path;
    }

    /// <summary>A zipped shapefile (.shp, .shx, .dbf, .prj, .cpg) of the layer.</summary>
    public static string ZippedShapefile(string folder, string zipName, VectorLayer layer)
    {
        var shapes = Path.Combine(folder, "shape-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(shapes);
        ShapefileWriter.Write(Path.Combine(shapes, layer.Name + ".shp"), layer);
        var zip = Path.Combine(folder, zipName);
        ZipFile.CreateFromDirectory(shapes, zip);
        Directory.Delete(shapes, recursive: true);
        return zip;
    }

    /// <summary>A zip with one entry whose name is given as is (e.g. "../evil.shp").</summary>
    public static string ZipWithEntry(string path, string entryName, byte[] content)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = archive.CreateEntry(entryName).Open();
        stream.Write(content);
        return path;
    }

    public static string GeoTiff(string path)
    {
        float[] values = [1, 2, 3, -9999, 5, 6];
        GeoTiffWriter.Write(path, new RasterGrid(3, 2, 155000, 463200, 100, 100, 28992, -9999, values));
        return path;
    }
}
