using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Counts streamed points outside the Netherlands, which the stream skips, and reports them in one issue: a
/// warning with a few examples when they are a stray few, an error (swapped axes or a wrong CRS) when they are
/// more than <see cref="MaxOutsideShare"/> of the points.
/// </summary>
internal sealed class OutsideNetherlandsCount
{
    /// <summary>Above this share of outside points the file is taken to have swapped axes or a wrong CRS.</summary>
    public const double MaxOutsideShare = 0.01;

    private const int MaxExamples = 5;

    private readonly List<(int Line, double X, double Y)> _examples = [];

    public int Count { get; private set; }

    /// <summary>True, and counted, when the point (RD New) lies outside the Netherlands.</summary>
    public bool IsOutside(int line, double x, double y)
    {
        if (NetherlandsExtent.Box.Contains(x, y))
        {
            return false;
        }

        Count++;
        if (_examples.Count < MaxExamples)
        {
            _examples.Add((line, x, y));
        }

        return true;
    }

    /// <param name="inside">The points that were inside.</param>
    /// <param name="log">Gets the one issue.</param>
    public void Report(int inside, IssueLog log)
    {
        if (Count == 0)
        {
            return;
        }

        var total = (long)inside + Count;
        var examples = string.Join(
            "; ",
            _examples.Select(e =>
                string.Create(CultureInfo.InvariantCulture, $"regel {e.Line}: x={e.X:F0}, y={e.Y:F0}")
            )
        );
        if (Count > MaxOutsideShare * total)
        {
            log.Error(
                IssueKind.OutsideNetherlands,
                $"{Count} van de {total} punten liggen na omzetting naar RD New buiten Nederland ({examples}). "
                    + "Controleer of x en y (of lengte- en breedtegraad) niet verwisseld zijn en of het coördinatenstelsel klopt.",
                row: _examples[0].Line
            );
            return;
        }

        log.Warning(
            IssueKind.OutsideNetherlands,
            $"{Count} van de {total} punten liggen na omzetting naar RD New buiten Nederland en zijn overgeslagen ({examples}).",
            row: _examples[0].Line);
    }
}
