using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Import;

/// <summary>A GeoTIFF: checked by the reader, then stored as its own bytes.</summary>
internal static class RasterCandidate
{
    public static ImportCandidate Build(string path, ImportRequest request, ImportReport report, ImportOptions options)
    {
        var read = GeoTiffReader.Read(
            path,
            new GeoTiffReadOptions { MaxCells = options.MaxRasterCells, Srid = request.Srid }
        );
        var issues = read.Issues.ToList();
        var name = ImportSources.LayerName(request, ImportSources.BaseName(report.Source), false);
        report = report with { Layer = name, Kind = "raster", Year = request.Year, Issues = issues };
        if (!read.IsSuccess)
        {
            return new ImportCandidate(report, null);
        }

        var grid = read.Value;
        var extent = new Envelope(
            grid.OriginX,
            grid.OriginX + (grid.Width * grid.CellWidth),
            grid.OriginY - (grid.Height * grid.CellHeight),
            grid.OriginY
        );
        var cells = (long)grid.Width * grid.Height;
        var noData = Enumerable
            .Range(0, grid.Values.Length)
            .LongCount(i => float.IsNaN(grid.Values[i]) || (grid.NoData is { } nd && grid.Values[i].Equals(nd)));
        issues.Add(
            new ImportIssue(
                IssueSeverity.Info,
                IssueKind.RasterSize,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{grid.Width} × {grid.Height} cellen van {grid.CellWidth} × {grid.CellHeight} m; {noData} cellen zonder waarde (nodata)."
                )
            )
        );
        report = report with
        {
            CrsDetected = SourceCrsProbe.Epsg(grid.Srid),
            CrsUsed = SourceCrsProbe.Epsg(grid.Srid),
            FeaturesRead = 1,
            FeaturesImported = 1,
            GeometryTypes = ["Raster"],
            Extent = new ImportExtent(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY),
            Fields = [new ImportFieldSummary("band_1", "real", (int)Math.Min(noData, int.MaxValue))],
            Issues = issues,
        };
        var layer = new NewLayer(
            name,
            LayerKind.Raster,
            report.Source,
            "Raster",
            extent,
            ImportJson.Serialize(report.Fields),
            ImportJson.Serialize(report with { Imported = true }),
            request.Year
        )
        {
            RasterData = File.ReadAllBytes(path),
            FeatureCountOverride = cells,
        };
        return new ImportCandidate(report, new LayerImport(layer, []));
    }
}
