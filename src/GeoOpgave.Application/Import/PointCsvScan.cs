using System.Text.Unicode;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Import;

/// <summary>
/// What the single pass over a point CSV learns for the report: counts, extent and per-field types and missing
/// values, block by block and column by column, so a row costs a few comparisons and no allocation. Also
/// notices text that is not valid UTF-8 after the part of the file the encoding was guessed from, and stops the
/// pass (as an error) at too many rows or issues.
/// </summary>
internal sealed class PointCsvScan(PointCsvStream stream, ImportOptions options)
{
    /// <summary>Beyond this many issues the pass stops: the user has enough to fix, and memory stays bounded.</summary>
    public const int MaxIssues = 1_000;

    private readonly bool _utf8 = stream.Encoding.CodePage == 65001;

    public int Count { get; private set; }

    public Envelope Extent { get; } = new();

    public FieldStatistics Fields { get; } = new();

    public List<ImportIssue> Extra { get; } = [];

    /// <summary>True when the pass must stop: the block would exceed Import:MaxFeatures, or there are too many
    /// issues.</summary>
    public bool Stops(PointCsvBlock block)
    {
        if (Count + block.Count > options.MaxFeatures)
        {
            Extra.Add(
                ReportIssues.Error(
                    IssueKind.TooLarge,
                    $"Het bestand heeft meer dan {options.MaxFeatures} punten (instelling Import:MaxFeatures); het lezen is gestopt."
                )
            );
            return true;
        }

        if (stream.Issues.Count > MaxIssues)
        {
            Extra.Add(
                ReportIssues.Error(
                    IssueKind.TooManyIssues,
                    $"Meer dan {MaxIssues} problemen gevonden; het lezen is gestopt bij regel {block.Line[0]}. Herstel deze eerst."
                )
            );
            return true;
        }

        return false;
    }

    public void Add(PointCsvBlock block)
    {
        var x = block.X;
        var y = block.Y;
        for (var row = 0; row < block.Count; row++)
        {
            Extent.ExpandToInclude(x[row], y[row]);
        }

        var columns = new (int Missing, bool Integer, bool Real, bool Text)[block.AttributeNames.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = Column(block, c);
        }

        Fields.AddColumns(block.Count, block.AttributeNames, columns);
        Count += block.Count;
    }

    private (int Missing, bool Integer, bool Real, bool Text) Column(PointCsvBlock block, int column)
    {
        var (missing, integer, real, text) = (0, false, false, false);
        for (var row = 0; row < block.Count; row++)
        {
            var cell = block.Cell(row, column);
            switch (cell.Kind)
            {
                case CsvCellKind.Integer when !CbsSentinels.IsMissing(cell.Integer):
                    integer = true;
                    break;
                case CsvCellKind.Real when !CbsSentinels.IsMissing(cell.Real):
                    real = true;
                    break;
                case CsvCellKind.Text:
                    text = true;
                    CheckUtf8(block, row, column);
                    break;
                default:
                    missing++;
                    break;
            }
        }

        return (missing, integer, real, text);
    }

    private void CheckUtf8(PointCsvBlock block, int row, int column)
    {
        if (_utf8 && !Utf8.IsValid(block.Raw(row, column)) && !Extra.Exists(i => i.Kind == IssueKind.TextEncoding))
        {
            Extra.Add(
                ReportIssues.Warning(
                    IssueKind.TextEncoding,
                    "Deze tekst is geen geldige UTF-8 (onleesbare tekens worden vervangen door �). Is het bestand in windows-1252 opgeslagen, geef dan --encoding windows-1252 op.",
                    row: block.Line[row],
                    field: block.AttributeNames[column]
                )
            );
        }
    }
}
