namespace GeoOpgave.Application.Import;

/// <summary>Which CBS wijken en buurten to download from PDOK.</summary>
/// <param name="Year">The year of the indeling, e.g. 2024: PDOK's dataset wijken-en-buurten-{year}.</param>
/// <param name="Gemeente">The gemeentecode, e.g. GM0308.</param>
public sealed record CbsDownloadRequest(int Year, string Gemeente)
{
    /// <summary>The default PDOK endpoint of a year's dataset; <c>{0}</c> is the year.</summary>
    public const string PdokTemplate = "https://api.pdok.nl/cbs/wijken-en-buurten-{0}/ogc/v1";

    /// <summary>The OGC API Features landing page of the dataset; null: PDOK's for <see cref="Year"/>.</summary>
    public Uri? Source { get; init; }

    /// <summary>Features per page asked of the server (PDOK allows at most 1000).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>The landing page to use: <see cref="Source"/>, else PDOK's.</summary>
    public Uri ResolveSource() =>
        Source ?? new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, PdokTemplate, Year));
}
