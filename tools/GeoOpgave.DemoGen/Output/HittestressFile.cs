using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Rasters;
using GeoOpgave.DemoGen.Story;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.Tools.GeoTiff;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Output;

/// <summary>
/// Writes the felt temperature (°C, a hot summer afternoon) on 10 m cells over the gemeente plus a margin: hot where
/// the wijk type is paved (the old centre most), cool in the polder, parks and near water, nodata on water.
/// </summary>
internal static class HittestressFile
{
    public const string FileName = "hittestress_gevoelstemperatuur_demodam.tif";
    public const float NoData = -9999f;
    private const double CellM = 10;
    private const double MarginM = 600;
    private const float BaseC = 31f;
    private const float OutsideOffsetC = -1.5f;

    public static void Write(string directory, DemoMunicipality demo, DemoRandom random)
    {
        var envelope = demo.Gemeente.EnvelopeInternal;
        var originX = Math.Floor((envelope.MinX - MarginM) / CellM) * CellM;
        var originY = Math.Ceiling((envelope.MaxY + MarginM) / CellM) * CellM;
        var width = (int)Math.Ceiling((envelope.MaxX + MarginM - originX) / CellM);
        var height = (int)Math.Ceiling((originY - (envelope.MinY - MarginM)) / CellM);
        var grid = new RasterGrid(
            width,
            height,
            originX,
            originY,
            CellM,
            CellM,
            Srid.RdNew,
            NoData,
            new float[width * height]
        );

        var offset = Enumerable.Repeat(OutsideOffsetC, width * height).ToArray();
        foreach (var buurt in demo.Buurten)
        {
            var heat = (float)TypeProfile.Of(buurt.Shape.Wijk.Type).HeatOffsetC;
            Fill(grid, buurt.Shape.Geometry, i => offset[i] = heat);
        }

        var water = new bool[width * height];
        Fill(grid, demo.Water, i => water[i] = true);
        var cooling = water.Select(w => w ? -4f : 0f).ToArray();
        AddParks(grid, demo, random, cooling);
        GridField.Blur(offset, width, height, radius: 6, passes: 3);
        GridField.Blur(cooling, width, height, radius: 8, passes: 3);
        var drift = GridField.ValueNoise(width, height, cellsPerKnot: 25, random);
        GridField.Blur(drift, width, height, radius: 10, passes: 2);
        for (var i = 0; i < grid.Values.Length; i++)
        {
            var value = BaseC + offset[i] + cooling[i] + (2.5f * drift[i]) + (float)random.Normal(0, 0.3);
            grid.Values[i] = water[i] ? NoData : MathF.Round(value, 2);
        }

        GeoTiffWriter.Write(Path.Combine(directory, FileName), grid);
    }

    // Parks and green strips in the built-up wijken: a few degrees cooler than the streets around them.
    private static void AddParks(RasterGrid grid, DemoMunicipality demo, DemoRandom random, float[] cooling)
    {
        var urban = demo.Buurten.Where(b => b.Shape.Wijk.Type != WijkType.Polder).ToList();
        for (var park = 0; park < 18; park++)
        {
            var buurt = urban[random.Between(0, urban.Count - 1)].Shape.Geometry;
            var centre = buurt.InteriorPoint.Coordinate;
            var at = new Coordinate(centre.X + random.Uniform(-150, 150), centre.Y + random.Uniform(-150, 150));
            var area = DemoMunicipality.Factory.CreatePoint(at).Buffer(random.Uniform(50, 160), 8);
            Fill(grid, area, i => cooling[i] = Math.Min(cooling[i], -3.5f));
        }
    }

    /// <summary>Calls <paramref name="set"/> for every cell whose centre lies in <paramref name="area"/>.</summary>
    internal static void Fill(RasterGrid grid, NetTopologySuite.Geometries.Geometry area, Action<int> set)
    {
        var locator = new IndexedPointInAreaLocator(area);
        var e = area.EnvelopeInternal;
        var c0 = Math.Max(0, (int)Math.Floor((e.MinX - grid.OriginX) / grid.CellWidth));
        var c1 = Math.Min(grid.Width - 1, (int)Math.Ceiling((e.MaxX - grid.OriginX) / grid.CellWidth));
        var r0 = Math.Max(0, (int)Math.Floor((grid.OriginY - e.MaxY) / grid.CellHeight));
        var r1 = Math.Min(grid.Height - 1, (int)Math.Ceiling((grid.OriginY - e.MinY) / grid.CellHeight));
        for (var row = r0; row <= r1; row++)
        {
            for (var column = c0; column <= c1; column++)
            {
                var p = new Coordinate(grid.CentreX(column), grid.CentreY(row));
                if (locator.Locate(p) != Location.Exterior)
                {
                    set((row * grid.Width) + column);
                }
            }
        }
    }
}
