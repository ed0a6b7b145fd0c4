using GeoOpgave.Application.Import;
using GeoOpgave.Core.Areas;
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

        var refused = issues.Any(i => i.Severity == IssueSeverity.Error);
        if (kaart.Areas.Count == 0 && !refused)
        {
            issues.Add(ReportIssues.Error(IssueKind.EmptyLayer, "De kaart bevat geen enkel bruikbaar gebied."));
        }
        else if (kaart.Areas.Count > 0 && !refused)
        {
            // A refused kaart replaces nothing, and the report must not say it does.
            issues.Add(new ImportIssue(IssueSeverity.Info, IssueKind.AreasReplaced, Replaces(kaart, years)));
        }

        return report with
        {
            FeaturesRepaired = ReportIssues.Repaired(read.Issues),
            Year = years.Count == 1 ? years[0] : null,
            // Areas dissolved from the buurten were not read; the AreasDerived info counts them.
            FeaturesRead = kaart.Areas.Count - kaart.DerivedAreas + rejected,
            FeaturesImported = kaart.Areas.Count - kaart.DerivedAreas,
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

    // Says which gemeenten and levels give way (see AreaImportService.ReplacedParts), and that the rest stays.
    private static string Replaces(CbsWijkBuurtKaart kaart, List<int> years)
    {
        var levels = kaart.Areas.Select(a => a.Level).Distinct().Order().Select(l => l switch
        {
            AreaLevel.Gemeente => "gemeente",
            AreaLevel.Wijk => "wijken",
            _ => "buurten",
        });
        var gemeenten = kaart.Areas
            .GroupBy(a => a.GemeenteCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(a => a.Level == AreaLevel.Gemeente && a.Name != a.Code) is { } named
                ? $"{g.Key} ({named.Name})"
                : g.Key)
            .ToList();
        var shown = string.Join(", ", gemeenten.Take(5)) + (gemeenten.Count > 5 ? $" en nog {gemeenten.Count - 5}" : "");
        var rest = kaart.Areas.Any(a => a.Level == AreaLevel.Buurt)
            ? "Andere gemeenten blijven staan."
            : "Andere gemeenten blijven staan, en ook de buurten van deze: de kaart heeft geen buurten.";
        var list = levels.ToList();
        var what = list.Count == 1 ? list[0] : $"{string.Join(", ", list[..^1])} en {list[^1]}";
        return $"Vervangt in {string.Join(", ", years)} de {what} met hun kerncijfers van {shown} door "
            + $"{AreaImportService.DescribeCounts(kaart.Areas)} en {kaart.Kerncijfers.Count} kerncijferwaarden. {rest}";
    }
}
