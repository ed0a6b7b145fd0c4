namespace GeoOpgave.Application.Import;

/// <summary>The outcome of a CBS download: the import of what was downloaded, or why the download failed.</summary>
/// <param name="Import">The area import; rejected (nothing changed) when the download failed.</param>
/// <param name="DownloadFailure">A Dutch message when the server could not be read to the end, else null.</param>
public sealed record CbsDownloadResult(ImportResult Import, string? DownloadFailure);
