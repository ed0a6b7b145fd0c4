using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;
using NetTopologySuite.Features;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// The workload as a user has it: buurten and zones as GeoPackages (fields <c>buurtcode</c> and <c>klasse</c>),
/// written once from the binary files the in-process runs read, so both read the very same geometries.
/// </summary>
internal static class WorkloadGeoPackages
{
    public static void Write(string featureFile, string path, string layer, string field)
    {
        var features = FeatureFile.Read(featureFile)
            .Select(f => (IFeature)new Feature(f.Geometry, new AttributesTable { { field, f.Key } }))
            .ToList();
        var temporary = path + ".tmp.gpkg";
        File.Delete(temporary);
        GeoPackageWriter.Write(temporary, [new VectorLayer(layer, 28992, features)]);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The first <paramref name="rows"/> points of the CSV, header kept: the "1 M subset" of
    /// BENCHMARKS.md.</summary>
    public static void Head(string csv, string path, int rows)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            writer.NewLine = "\n";
            foreach (var line in File.ReadLines(csv).Take(rows + 1))
            {
                writer.WriteLine(line);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
