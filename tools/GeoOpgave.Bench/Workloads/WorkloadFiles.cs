using System.Globalization;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.Tools.GeoTiff;

namespace GeoOpgave.Bench.Workloads;

/// <summary>The generated workload of one scale in the cache folder; files already there are reused.</summary>
internal sealed class WorkloadFiles(string cache, BenchExtent extent)
{
    private const int Seed = 20_240_801;

    public string Folder { get; } =
        Path.Combine(cache, string.Create(CultureInfo.InvariantCulture, $"scale-{extent.Scale:0.####}"));

    public BenchExtent Extent => extent;

    public string BuurtenBin => Path.Combine(Folder, "buurten.bin");

    public string PointsCsv => Path.Combine(Folder, "points.csv");

    public string PointsBin => Path.Combine(Folder, "points.bin");

    public string BoundaryPointsBin => Path.Combine(Folder, "boundary-points.bin");

    public string ZonesBin => Path.Combine(Folder, "zones.bin");

    /// <summary>The buurten as a user has them: a GeoPackage, layer <c>buurten</c>, field <c>buurtcode</c>.</summary>
    public string BuurtenGpkg => Path.Combine(Folder, "buurten.gpkg");

    /// <summary>The zones as a GeoPackage, layer <c>zones</c>, field <c>klasse</c>.</summary>
    public string ZonesGpkg => Path.Combine(Folder, "zones.gpkg");

    /// <summary>The first 1 M points of <see cref="PointsCsv"/> (at scale 1; a tenth of the points
    /// otherwise).</summary>
    public string PointsSubsetCsv => Path.Combine(Folder, "points-subset.csv");

    public int SubsetRows => extent.Count(1_000_000);

    public string RasterTif => Path.Combine(Folder, "raster.tif");

    /// <summary>Everything W1–W4 read.</summary>
    public void Ensure(TextWriter log)
    {
        EnsureBuurten(log);
        if (!File.Exists(BuurtenGpkg))
        {
            log.WriteLine("schrijf buurten.gpkg …");
            WorkloadGeoPackages.Write(BuurtenBin, BuurtenGpkg, "buurten", "buurtcode");
        }

        if (!File.Exists(PointsSubsetCsv))
        {
            WorkloadGeoPackages.Head(PointsCsv, PointsSubsetCsv, SubsetRows);
        }

        if (!File.Exists(ZonesBin))
        {
            log.WriteLine("genereer zones …");
            FeatureFile.Write(ZonesBin, ZonesGenerator.Generate(extent, Seed + 2));
        }

        if (!File.Exists(ZonesGpkg))
        {
            log.WriteLine("schrijf zones.gpkg …");
            WorkloadGeoPackages.Write(ZonesBin, ZonesGpkg, "zones", "klasse");
        }

        if (!File.Exists(RasterTif))
        {
            log.WriteLine("genereer raster …");
            GeoTiffWriter.Write(RasterTif, RasterGenerator.Generate(extent, Seed + 3));
        }
    }

    /// <summary>The buurten and points only: what W6 needs.</summary>
    public void EnsureBuurten(TextWriter log)
    {
        Directory.CreateDirectory(Folder);
        if (!File.Exists(BuurtenBin) || !File.Exists(BoundaryPointsBin))
        {
            log.WriteLine($"genereer buurten en punten in {Folder} …");
            var (buurten, shared) = BuurtenGenerator.Generate(extent, Seed);
            FeatureFile.Write(BuurtenBin, buurten);
            var vertices = buurten.Select(b => b.Geometry.NumPoints - 1).Order().ToArray();
            log.WriteLine(
                $"{buurten.Count} buurten, {vertices.Sum()} hoekpunten (min {vertices[0]}, mediaan {vertices[vertices.Length / 2]}, max {vertices[^1]}), "
                    + $"{buurten.Count(b => !b.Geometry.IsValid)} ongeldig, oppervlak {buurten.Sum(b => b.Geometry.Area) / extent.Envelope.Area:F9} van de extent"
            );
            PointsGenerator.Generate(extent, shared, Seed + 1, this);
        }
    }
}
