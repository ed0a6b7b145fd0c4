using System.Globalization;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// The points of <c>geoopgave aggregate</c>, readable more than once, as batches of plain arrays: a CSV is
/// streamed from disk on every pass in columnar blocks (never held whole, no object per row), any other point
/// layer is read from its features. Every coordinate of a multipoint is a point.
/// </summary>
internal sealed class AggregatePointSource
{
    // Small enough that a batch's arrays stay out of the large-object heap: they are short-lived gen0 garbage.
    private const int BatchRows = 8192;

    private readonly VectorLayer? _layer;
    private readonly Func<PointCsvStream>? _openCsv;
    private readonly string _path;
    private readonly List<PointCsvStream> _passes = [];

    private AggregatePointSource(string path, VectorLayer? layer, Func<PointCsvStream>? openCsv) =>
        (_path, _layer, _openCsv) = (path, layer, openCsv);

    public static AggregatePointSource FromLayer(string path, VectorLayer layer) => new(path, layer, null);

    public static AggregatePointSource FromCsv(string path, Func<PointCsvStream> open) => new(path, null, open);

    /// <summary>The attribute names, from the features or from the CSV's header.</summary>
    public IReadOnlyList<string> Fields() => _layer is not null
        ? [.. _layer.Features.SelectMany(f => f.Attributes.GetNames()).Distinct(StringComparer.Ordinal)]
        : _openCsv!().AttributeNames;

    /// <summary>
    /// About how many points there are, without reading them: a CSV's size over a typical row (RD coordinates
    /// with decimals and one value, about 24 bytes), or the layer's coordinates. It only tunes the point index.
    /// </summary>
    public long EstimatedCount() =>
        _layer?.Features.Sum(f => (long)(f.Geometry?.NumPoints ?? 0)) ?? new FileInfo(_path).Length / 24;

    /// <summary>The warnings of the first CSV pass (e.g. stray points outside the Netherlands that were
    /// skipped).</summary>
    public IEnumerable<string> Warnings() =>
        _passes
            .Take(1)
            .SelectMany(p => p.Issues)
            .Where(i => i.Severity == IssueSeverity.Warning)
            .Select(i => i.Message);

    /// <summary>
    /// One pass over the points as batches: the value per point read through <paramref name="values"/> (NaN when
    /// missing or a CBS sentinel) and the class as an index into <paramref name="classNames"/>, which grows while
    /// the pass runs; only the points of <paramref name="onlyClass"/> when it is given. A CSV pass stops at the
    /// first row with an error; <see cref="ThrowIfRejected"/> says so.
    /// </summary>
    public IEnumerable<PointBatch> Read(
        string? valueField,
        string? classField,
        List<string> classNames,
        AggregateFieldValues values,
        string? onlyClass = null
    )
    {
        var batches = new PointBatchBuilder(BatchRows, classNames, onlyClass);
        return _layer is not null
            ? FromFeatures((valueField, values), classField, batches)
            : FromCsv((valueField, values), classField, batches);
    }

    /// <summary>Stops the command, before anything is written, when a CSV pass met a row that does not read.</summary>
    public void ThrowIfRejected()
    {
        if (_passes.FirstOrDefault(p => p.HasErrors) is { } stream)
        {
            var errors = stream.Issues.Where(i => i.Severity == IssueSeverity.Error).Take(5).Select(i => i.ToString());
            throw AggregateInputs.Rejected(_path, string.Join(Environment.NewLine, errors));
        }
    }

    private IEnumerable<PointBatch> FromFeatures(
        (string? Name, AggregateFieldValues Values) field,
        string? classField,
        PointBatchBuilder batches
    )
    {
        foreach (var feature in _layer!.Features)
        {
            var value = field.Values.Of(AggregateTable.NumberOf(feature.Attributes, field.Name)) ?? double.NaN;
            var cls = AggregateTable.ClassOf(feature.Attributes, classField);
            foreach (var c in feature.Geometry.Coordinates)
            {
                if (batches.Add(c.X, c.Y, value, cls) is { } full)
                {
                    yield return full;
                }
            }
        }

        if (batches.Flush() is { } last)
        {
            yield return last;
        }
    }

    // A throw here would surface from the engine's worker threads wrapped as a crash; stopping the pass and
    // rejecting afterwards (ThrowIfRejected) keeps it an input error.
    private IEnumerable<PointBatch> FromCsv(
        (string? Name, AggregateFieldValues Values) field,
        string? classField,
        PointBatchBuilder batches
    )
    {
        var stream = _openCsv!();
        _passes.Add(stream);
        var valueColumn = field.Name is null ? -1 : IndexOf(stream.AttributeNames, field.Name);
        var classColumn = classField is null ? -1 : IndexOf(stream.AttributeNames, classField);
        var full = new List<PointBatch>(2);
        foreach (var block in stream.Blocks(BatchRows))
        {
            if (stream.HasErrors)
            {
                yield break;
            }

            full.Clear();
            Add(block, (valueColumn, field.Values), classColumn, batches, full);
            foreach (var batch in full)
            {
                yield return batch;
            }
        }

        if (!stream.HasErrors && batches.Flush() is { } last)
        {
            yield return last;
        }
    }

    private static void Add(
        PointCsvBlock block,
        (int Column, AggregateFieldValues Values) value,
        int classColumn,
        PointBatchBuilder batches,
        List<PointBatch> full
    )
    {
        var x = block.X;
        var y = block.Y;
        for (var row = 0; row < block.Count; row++)
        {
            var number = value.Column < 0 ? double.NaN : value.Values.Of(Number(block, row, value.Column));
            var cls = classColumn < 0 ? null : block.Text(row, classColumn).Trim() is { Length: > 0 } c ? c : null;
            if (batches.Add(x[row], y[row], number, cls) is { } batch)
            {
                full.Add(batch);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // The same reading as AggregateTable.NumberOf on the row's attribute: integer, real, or text that parses.
    private static double Number(PointCsvBlock block, int row, int column)
    {
        var cell = block.Cell(row, column);
        return cell.Kind switch
        {
            CsvCellKind.Integer => cell.Integer,
            CsvCellKind.Real => cell.Real,
            CsvCellKind.Text
                when double.TryParse(
                    block.Text(row, column),
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture,
                    out var parsed
                ) => parsed,
            _ => double.NaN,
        };
    }
}
