using GeoOpgave.Core.Issues;

namespace GeoOpgave.IO.Validation;

/// <summary>Collects the issues of one read, stamping each with the file and current layer.</summary>
internal sealed class IssueLog(string sourceFile)
{
    private readonly List<ImportIssue> _issues = [];

    public string SourceFile { get; } = sourceFile;

    public string? Layer { get; set; }

    public IReadOnlyList<ImportIssue> Issues => _issues;

    public bool HasErrors => _issues.Exists(i => i.Severity == IssueSeverity.Error);

    public void Error(IssueKind kind, string message, int? feature = null, string? field = null, int? row = null) =>
        Add(IssueSeverity.Error, kind, message, feature, field, row);

    public void Warning(IssueKind kind, string message, int? feature = null, string? field = null, int? row = null) =>
        Add(IssueSeverity.Warning, kind, message, feature, field, row);

    public void Info(IssueKind kind, string message, int? feature = null, string? field = null) =>
        Add(IssueSeverity.Info, kind, message, feature, field, null);

    /// <summary>True when the file exists; otherwise logs <see cref="IssueKind.FileNotFound"/>.</summary>
    public bool RequireFile(string path)
    {
        if (File.Exists(path))
        {
            return true;
        }

        Error(IssueKind.FileNotFound, $"Het bestand '{path}' bestaat niet.");
        return false;
    }

    public void AddRange(IEnumerable<ImportIssue> issues) => _issues.AddRange(issues);

    public ReadResult<T> Result<T>(T? value)
        where T : class => new(value, _issues.ToArray());

    private void Add(IssueSeverity severity, IssueKind kind, string message, int? feature, string? field, int? row) =>
        _issues.Add(new ImportIssue(severity, kind, message)
        {
            SourceFile = SourceFile,
            Layer = Layer,
            FeatureIndex = feature,
            Field = field,
            Row = row,
        });
}
