using System.Globalization;

namespace GeoOpgave.Application.Import;

/// <summary>Which CBS wijken en buurten to download from PDOK, of one year or of several.</summary>
/// <param name="Years">
/// The years to download; the newest is the boundary year the areas are for, the earlier ones bring their
/// kerncijfers as values of their own year (converted where codes changed). All of them must download. Empty: the
/// newest year the server has (from <see cref="LatestYearToTry"/> back) plus, where they exist, the
/// <see cref="EarlierYears"/> years before it.
/// </param>
/// <param name="Gemeente">The gemeentecode, e.g. GM0308.</param>
public sealed record CbsDownloadRequest(IReadOnlyList<int> Years, string Gemeente)
{
    /// <summary>The default PDOK endpoint of a year's dataset; <c>{0}</c> is the year.</summary>
    public const string PdokTemplate = "https://api.pdok.nl/cbs/wijken-en-buurten-{0}/ogc/v1";

    /// <summary>How many years before the newest a download without years takes: the default profile's maximum
    /// age.</summary>
    public const int EarlierYears = 4;

    /// <summary>How far back from <see cref="LatestYearToTry"/> a download without years looks for the newest
    /// dataset.</summary>
    public const int NewestSearchYears = 3;

    /// <summary>The OGC API Features landing page; <c>{0}</c> in it stands for the year. Null: PDOK's.</summary>
    public string? Source { get; init; }

    /// <summary>The first year a download without years tries; null: the current year.</summary>
    public int? LatestYearToTry { get; init; }

    /// <summary>Features per page asked of the server (PDOK allows at most 1000).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>Told the year and collection each time one has been read completely.</summary>
    public IProgress<(int Year, string Collection)>? Progress { get; init; }

    /// <summary>The landing page of a year's dataset.</summary>
    public Uri ResolveSource(int year) =>
        new(string.Format(CultureInfo.InvariantCulture, Source ?? PdokTemplate, year));
}
