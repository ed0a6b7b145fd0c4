using System.Collections.Concurrent;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The process-wide cache of loaded workspaces and analyses, keyed by the workspace version: the map, the API and the
/// tiles ask for the same analysis over and over, and only a write (which moves the version) changes the answer.
/// Profiles are immutable and a stored profile's change moves its <see cref="Profile.Version"/> and the workspace
/// version, so (id, version) names a profile's content.
/// </summary>
public sealed class AnalysisCache
{
    // A snapshot of 14,000 buurten holds some 100 MB of geometry; analyses share its areas, so they are small.
    private readonly VersionedCache<int?, WorkspaceSnapshot> _snapshots = new(capacity: 4);
    private readonly VersionedCache<
        (string Id, int Version, int? Year, HotSpotOptions HotSpots),
        AnalysisResult
    > _results = new(capacity: 32);

    // Areas change far less often than values: importing a table moves the workspace version but not the areas, whose
    // geometry is most of what a snapshot reads. Their stamp names their content, so one version (0) serves for all.
    private readonly VersionedCache<(int Year, int Count, long MaxId), WorkspaceAreas> _areas = new(capacity: 4);

    // The last analysis built per profile and year, whatever the version: the next one takes over what a write left
    // alone (see NormaliseIndicators). One per profile id and year, so it holds a handful at most.
    private readonly ConcurrentDictionary<(string Id, int Year), AnalysisResult> _latest = new();

    /// <summary>The indicator values per source, read again only where a source changed.</summary>
    internal IndicatorValueCache Values { get; } = new();

    /// <summary>The analysis last built with this profile id for this year, of any version; null when none
    /// was.</summary>
    internal AnalysisResult? Latest(Profile profile, int year) => _latest.GetValueOrDefault((profile.Id, year));

    internal void Remember(AnalysisResult result) => _latest[(result.Profile.Id, result.Year)] = result;

    internal Task<WorkspaceAreas> AreasAsync(
        int year,
        (int Count, long MaxId) stamp,
        Func<CancellationToken, Task<WorkspaceAreas>> load,
        CancellationToken cancellationToken
    ) => _areas.GetAsync(0, (year, stamp.Count, stamp.MaxId), load, cancellationToken);

    internal Task<WorkspaceSnapshot> SnapshotAsync(
        long workspaceVersion,
        int? year,
        Func<CancellationToken, Task<WorkspaceSnapshot>> load,
        CancellationToken cancellationToken
    ) => _snapshots.GetAsync(workspaceVersion, year, load, cancellationToken);

    internal Task<AnalysisResult> ResultAsync(
        long workspaceVersion,
        Profile profile,
        AnalysisRequest request,
        Func<CancellationToken, Task<AnalysisResult>> build,
        CancellationToken cancellationToken
    ) =>
        _results.GetAsync(
            workspaceVersion,
            (profile.Id, profile.Version, request.Year, request.HotSpots),
            build,
            cancellationToken
        );
}
