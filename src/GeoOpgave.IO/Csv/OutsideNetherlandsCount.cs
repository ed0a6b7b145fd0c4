using System.Globalization;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Csv;

/// <summary>Counts streamed points outside the Netherlands and reports them in one issue, as NetherlandsExtent does for a layer.</summary>
internal sealed class OutsideNetherlandsCount
{
    private int _outside;
    private (int Index, double X, double Y)? _first;

    public void Add(int index, double x, double y)
    {
        if (!NetherlandsExtent.Box.Contains(x, y))
        {
            _outside++;
            _first ??= (index, x, y);
        }
    }

    public void Report(int total, IssueLog log)
    {
        if (_first is not { } first)
        {
            return;
        }

        var where = string.Create(CultureInfo.InvariantCulture, $"x={first.X:F0}, y={first.Y:F0}");
        log.Error(
            ImportIssueKind.OutsideNetherlands,
            $"{_outside} van de {total} objecten liggen na omzetting naar RD New buiten Nederland " +
            $"(bijvoorbeeld {where}). Controleer of x en y (of lengte- en breedtegraad) " +
            "niet verwisseld zijn en of het coördinatenstelsel klopt.",
            first.Index);
    }
}
