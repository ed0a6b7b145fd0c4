using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Bench.Workloads;

/// <summary>A plain binary file of (key, WKB geometry) pairs: the "stored layer" the engines start from.</summary>
internal static class FeatureFile
{
    public static void Write(string path, IEnumerable<(string Key, Geometry Geometry)> features)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            var wkb = new WKBWriter();
            foreach (var (key, geometry) in features)
            {
                writer.Write(key);
                var bytes = wkb.Write(geometry);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static List<(string Key, Geometry Geometry)> Read(string path)
    {
        var result = new List<(string, Geometry)>();
        var wkb = new WKBReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));
        using var reader = new BinaryReader(File.OpenRead(path));
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var key = reader.ReadString();
            var bytes = reader.ReadBytes(reader.ReadInt32());
            result.Add((key, wkb.Read(bytes)));
        }

        return result;
    }
}
