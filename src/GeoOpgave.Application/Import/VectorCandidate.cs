using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>Builds the report and the layer to store from a vector reader's result.</summary>
internal static class VectorCandidate
{
    public static ImportCandidate Build(
        ReadResult<VectorLayer> read,
        ImportReport report,
        string layerName,
        ImportRequest request,
        ImportOptions options
    )
    {
        var year = request.Year;
        var issues = read.Issues.ToList();
        var skipped = ReportIssues.Rejected(read.Issues);
        var kind = request.WerkenCatalogue is null ? LayerKind.Vector : LayerKind.Werken;
        report = report with { Layer = layerName, Kind = kind == LayerKind.Werken ? "werken" : "vector", Year = year };
        if (request.WerkenCatalogue is { } catalogue && read.Value is { } source)
        {
            read = new ReadResult<VectorLayer>(
                WerkenAttributes.Normalise(source, request.Werken!, catalogue, issues),
                read.Issues
            );
        }

        if (read.Value is null)
        {
            return new ImportCandidate(
                report with
                {
                    FeaturesRead = skipped,
                    FeaturesRejected = skipped,
                    Issues = issues,
                },
                null
            );
        }

        if (read.Value.Features.Count > options.MaxFeatures)
        {
            issues.Add(
                ReportIssues.Error(
                    IssueKind.TooLarge,
                    $"De laag heeft {read.Value.Features.Count} objecten; toegestaan zijn er {options.MaxFeatures} (instelling Import:MaxFeatures)."
                )
            );
            return new ImportCandidate(
                report with
                {
                    FeaturesRead = read.Value.Features.Count + skipped,
                    Issues = issues,
                },
                null
            );
        }

        var prepared = PreparedVectorLayer.Prepare(read.Value, issues);
        var extent = prepared.Extent;
        report = report with
        {
            FeaturesRead = read.Value.Features.Count + skipped,
            FeaturesImported = prepared.Count,
            FeaturesRepaired = prepared.Repaired,
            FeaturesRejected = skipped + prepared.Rejected,
            GeometryTypes = prepared.GeometryTypes,
            Extent = extent is null ? null : new ImportExtent(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY),
            Fields = prepared.Fields,
            Issues = issues,
        };
        if (!read.IsSuccess || report.HasErrors || prepared.Count == 0)
        {
            if (prepared.Count == 0 && !report.HasErrors)
            {
                report = report with
                {
                    Issues =
                    [
                        .. issues,
                        ReportIssues.Error(IssueKind.EmptyLayer, "De laag bevat geen enkel bruikbaar object."),
                    ],
                };
            }

            return new ImportCandidate(report, null);
        }

        var layer = new NewLayer(
            layerName,
            kind,
            report.Source,
            string.Join(", ", prepared.GeometryTypes),
            extent,
            ImportJson.Serialize(prepared.Fields),
            ImportJson.Serialize(report with { Imported = true }),
            year);
        return new ImportCandidate(report, new LayerImport(layer, prepared.Features()));
    }
}
