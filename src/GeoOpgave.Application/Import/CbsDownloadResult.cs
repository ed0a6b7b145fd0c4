namespace GeoOpgave.Application.Import;

/// <summary>The outcome of a CBS download: the import of what was downloaded, or why the download failed.</summary>
/// <param name="Import">The area import; rejected (nothing changed) when the download failed.</param>
/// <param name="DownloadFailure">A Dutch message when the server could not be read to the end, else null.</param>
public sealed record CbsDownloadResult(ImportResult Import, string? DownloadFailure)
{
    /// <summary>The years that were downloaded and imported, ascending; empty when nothing landed.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Years a download without years looked for and skipped, with the reason.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
