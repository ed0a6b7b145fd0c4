using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Workspace;

/// <summary>The import report of a CBS wijk- en buurtkaart read as areas.</summary>
internal static class AreaImportReport
{
    public static ImportReport Build(string source, string format, ReadResult<CbsWijkBuurtKaart> read)
    {
        var issues = read.Issues.ToList();
        var rejected = ReportIssues.Rejected(read.Issues);
        var report = new ImportReport
        {
            Source = source,
            Format = format,
            Kind = "areas",
            Layer = "gebieden",
            Issues = issues,
        };
        if (read.Value is not { } kaart)
        {
            return report with { FeaturesRejected = rejected };
        }

        var years = kaart.Areas.Select(a => a.Year).Distinct().Order().ToList();
        var envelope = new Envelope();
        foreach (var area in kaart.Areas)
        {
            envelope.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        if (kaart.Areas.Count == 0)
        {
            issues.Add(ReportIssues.Error(IssueKind.EmptyLayer, "De kaart bevat geen enkel bruikbaar gebied."));
        }
        else
        {
            var which = string.Join(", ", years);
            issues.Add(
                new ImportIssue(
                    IssueSeverity.Info,
                    IssueKind.AreasReplaced,
                    $"Vervangt de gebieden en kerncijfers van {which} door {AreaImportService.DescribeCounts(kaart.Areas)} en {kaart.Kerncijfers.Count} kerncijferwaarden."
                )
            );
        }

        return report with
        {
            Year = years.Count == 1 ? years[0] : null,
            FeaturesRead = kaart.Areas.Count + rejected,
            FeaturesImported = kaart.Areas.Count,
            FeaturesRejected = rejected,
            GeometryTypes = kaart
                .Areas.Select(a => a.Geometry.GeometryType)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList(),
            Extent = envelope.IsNull
                ? null
                : new ImportExtent(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY),
            Fields = kaart
                .Kerncijfers.GroupBy(v => v.IndicatorId, StringComparer.Ordinal)
                .Select(g => new ImportFieldSummary(g.Key, "real", g.Count(v => v.Value is null)))
                .ToList(),
            Issues = issues,
        };
    }
}
