using GeoOpgave.Core.Aggregation;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// The points of <c>geoopgave aggregate</c>, readable more than once: a CSV is streamed from disk on every
/// pass (never held whole), any other point layer is read from its features. Every coordinate of a
/// multipoint is a point.
/// </summary>
internal sealed class AggregatePointSource
{
    private readonly VectorLayer? _layer;
    private readonly Func<PointCsvStream>? _openCsv;
    private readonly string _path;
    private readonly List<PointCsvStream> _passes = [];

    private AggregatePointSource(string path, VectorLayer? layer, Func<PointCsvStream>? openCsv) =>
        (_path, _layer, _openCsv) = (path, layer, openCsv);

    public static AggregatePointSource FromLayer(string path, VectorLayer layer) => new(path, layer, null);

    public static AggregatePointSource FromCsv(string path, Func<PointCsvStream> open) => new(path, null, open);

    /// <summary>The attribute names, from the features or from the CSV's first row.</summary>
    public IReadOnlyList<string> Fields() => _layer is not null
        ? [.. _layer.Features.SelectMany(f => f.Attributes.GetNames()).Distinct(StringComparer.Ordinal)]
        : _openCsv!().Rows().Select(r => r.Attributes.GetNames()).FirstOrDefault() ?? [];

    /// <summary>
    /// One pass over the points with their value and class, only those of <paramref name="onlyClass"/> when
    /// it is given. A CSV pass stops at the first row that does not read; <see cref="ThrowIfRejected"/> says so.
    /// </summary>
    public IEnumerable<PointObservation> Read(string? valueField, string? classField, string? onlyClass = null)
    {
        var all = _layer is not null ? FromFeatures(valueField, classField) : FromCsv(valueField, classField);
        return onlyClass is null ? all : all.Where(p => string.Equals(p.Class, onlyClass, StringComparison.Ordinal));
    }

    private IEnumerable<PointObservation> FromFeatures(string? valueField, string? classField) =>
        _layer!.Features.SelectMany(f => f.Geometry.Coordinates.Select(c =>
            new PointObservation(c.X, c.Y, AggregateTable.NumberOf(f.Attributes, valueField), AggregateTable.ClassOf(f.Attributes, classField))));

    /// <summary>Stops the command, before anything is written, when a CSV pass met a row that does not read.</summary>
    public void ThrowIfRejected()
    {
        if (_passes.FirstOrDefault(p => p.HasErrors) is { } stream)
        {
            var errors = stream.Issues.Where(i => i.Severity == IssueSeverity.Error).Take(5).Select(i => i.ToString());
            throw AggregateInputs.Rejected(_path, string.Join(Environment.NewLine, errors));
        }
    }

    // A throw here would surface from the engine's worker threads wrapped as a crash; stopping the pass and
    // rejecting afterwards (ThrowIfRejected) keeps it an input error.
    private IEnumerable<PointObservation> FromCsv(string? valueField, string? classField)
    {
        var stream = _openCsv!();
        _passes.Add(stream);
        foreach (var row in stream.Rows())
        {
            if (stream.HasErrors)
            {
                yield break;
            }

            yield return new PointObservation(row.X, row.Y, AggregateTable.NumberOf(row.Attributes, valueField), AggregateTable.ClassOf(row.Attributes, classField));
        }
    }
}
