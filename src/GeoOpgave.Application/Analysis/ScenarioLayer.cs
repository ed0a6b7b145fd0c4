using GeoOpgave.IO.Features;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The analysis layer of scenario A with scenario B beside it, per buurt: <c>profiel_b</c>, <c>overlap_b</c>,
/// <c>prioriteit_b</c> and the differences B − A <c>verschil_overlap</c> and <c>verschil_prioriteit</c>.
/// </summary>
public static class ScenarioLayer
{
    public static VectorLayer Build(ScenarioComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var layer = AnalysisLayer.Build(comparison.Baseline);
        var byCode = comparison.Report.Buurten.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var profielB = comparison.Report.Met.Id;
        var features = layer.Features.Select(f =>
        {
            var attributes = new AttributesTable();
            foreach (var name in f.Attributes.GetNames())
            {
                attributes.Add(name, f.Attributes[name]);
            }

            var row = byCode.GetValueOrDefault((string)f.Attributes["buurtcode"]);
            attributes.Add("profiel_b", profielB);
            attributes.Add("overlap_b", row is null ? null : (long)row.OverlapB);
            attributes.Add("prioriteit_b", row?.RankB is { } rankB ? (long)rankB : null);
            attributes.Add("verschil_overlap", row is null ? null : (long)row.OverlapDifference);
            attributes.Add("verschil_prioriteit", row?.RankDifference is { } difference ? (long)difference : null);
            return (IFeature)new Feature(f.Geometry, attributes);
        }).ToArray();
        return new VectorLayer(layer.Name, layer.Srid, features);
    }
}
