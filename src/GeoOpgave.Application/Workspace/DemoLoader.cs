using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.IO.Shapefile;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Reads the demo municipality from its files — the same readers an analyst's own files go through —
/// and derives the layer indicators per buurt.
/// </summary>
public static class DemoLoader
{
    /// <exception cref="GeoOpgaveException">A demo file is missing or does not read (code "demo-ongeldig").</exception>
    public static WorkspaceContent Load(string demoFolder)
    {
        var kaart = Require(CbsWijkBuurtKaartReader.Read(Path.Combine(demoFolder, DemoDataset.WijkenBuurten)));
        var buurten = kaart.Areas.Where(a => a.Level == AreaLevel.Buurt).OrderBy(a => a.Code, StringComparer.Ordinal).ToArray();

        var labels = Require(PointCsvReader.Read(Path.Combine(demoFolder, DemoDataset.Energielabels), new PointCsvOptions()));
        var zones = Require(GeoJsonReader.Read(Path.Combine(demoFolder, DemoDataset.Wateroverlast)));
        var heat = Require(GeoTiffReader.Read(Path.Combine(demoFolder, DemoDataset.Hittestress)));
        var network = Require(ShapefileReader.Read(Path.Combine(demoFolder, DemoDataset.Warmtenet)));

        var values = kaart.Kerncijfers
            .Concat(KerncijferRates.Derive(kaart.Kerncijfers))
            .Concat(LayerIndicators.EnergyLabels(buurten, labels, "energielabel"))
            .Concat(LayerIndicators.Flooding(buurten, zones, "klasse", minimumClass: 3))
            .Concat(LayerIndicators.HeatStress(buurten, heat))
            .Concat(LayerIndicators.HeatNetwork(buurten, network))
            .ToArray();
        return new WorkspaceContent(kaart.Areas, values);
    }

    private static T Require<T>(ReadResult<T> result)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        var errors = string.Join(Environment.NewLine, result.Errors.Select(e => e.ToString()));
        throw new GeoOpgaveException("demo-ongeldig", $"De demogegevens zijn niet te lezen:{Environment.NewLine}{errors}");
    }
}
