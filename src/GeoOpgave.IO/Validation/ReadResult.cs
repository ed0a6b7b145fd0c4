using System.Diagnostics.CodeAnalysis;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.IO.Validation;

/// <summary>
/// What a reader returns: the value it could read and every issue it found. Bad input never throws;
/// it shows up here.
/// </summary>
/// <typeparam name="T">The value type (a layer, a raster, a CBS map).</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    /// <param name="value">The readable part of the input, or null when nothing could be read.</param>
    /// <param name="issues">Every finding, in the order the reader made it.</param>
    public ReadResult(T? value, IReadOnlyList<ImportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        Value = value;
        Issues = issues;
    }

    /// <summary>
    /// The value without the rejected parts, or null when the file could not be read at all. It is there
    /// even when <see cref="IsSuccess"/> is false, so a report can show what was readable; an import must
    /// only land when <see cref="IsSuccess"/> is true.
    /// </summary>
    public T? Value { get; }

    /// <summary>Every issue; see <see cref="ImportIssue.Severity"/>.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>True when there is a value and no issue of <see cref="IssueSeverity.Error"/> severity.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null && !Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The issues of <see cref="IssueSeverity.Error"/> severity.</summary>
    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
}
