using System.Globalization;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The published collections that the tiles and the OGC items ask for, kept per (collection, profiel, years) until the
/// workspace version moves. A request costs one primary-key read of the version; only the first request after a write
/// (by this process or another, e.g. the CLI) loads and analyses again. Singleton.
/// </summary>
public sealed class CollectionCache(IServiceScopeFactory scopes, IDbContextFactory<GeoOpgaveDbContext> contexts)
{
    // A restart may bring other code or other profile files under the same workspace version; the ETag must change
    // then.
    private static readonly string ProcessToken = Guid.NewGuid().ToString("N")[..8];

    // A buurten collection of 14,000 buurten with its copies is a few hundred MB at most; a handful of profielen fit.
    private readonly VersionedCache<string, PublishedCollection> _collections = new(capacity: 8);

    /// <summary>
    /// The collection's features for <paramref name="years"/> (null: the latest year), buurten with the analysis of
    /// <paramref name="profiel"/> (null: the default), as <see cref="CollectionCatalog.LoadAsync"/> gives them.
    /// </summary>
    /// <exception cref="GeoOpgaveException">As <see cref="CollectionCatalog.LoadAsync"/> (e.g.
    /// "profiel-onbekend").</exception>
    public async Task<PublishedCollection> GetAsync(
        FeatureCollectionInfo info,
        string? profiel,
        YearRange? years,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(info);
        if (years is not null)
        {
            await using var scope = scopes.CreateAsyncScope();
            years = await scope
                .ServiceProvider.GetRequiredService<CollectionCatalog>()
                .SnapAsync(info, years, cancellationToken);
        }

        var key = Key(info, profiel, years);
        var version = await ReadVersionAsync(cancellationToken);
        return await _collections.GetAsync(
            version,
            key,
            token => LoadAsync(info, profiel, years, version, key, token),
            cancellationToken
        );
    }

    private async Task<long> ReadVersionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WorkspaceVersion.ReadAsync(db, cancellationToken);
    }

    // Its own scope: the build is shared by every request that waits for it, so it must not hang on one request's
    // context.
    private async Task<PublishedCollection> LoadAsync(
        FeatureCollectionInfo info,
        string? profiel,
        YearRange? years,
        long version,
        string key,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CollectionCatalog>();
        var data = await catalog.LoadAsync(info, profiel, years, cancellationToken);
        return new PublishedCollection(data, version, ETag(version, key));
    }

    private static string Key(FeatureCollectionInfo info, string? profiel, YearRange? years)
    {
        var profielPart = info.Kind == CollectionKind.Analysis ? profiel?.Trim() ?? string.Empty : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{info.Id}\u001f{info.Kind}\u001f{info.LayerId}\u001f{profielPart}\u001f{years?.From}\u001f{years?.To}\u001f{years is null}"
        );
    }

    private static string ETag(long version, string key)
    {
        // FNV-1a: stable across processes (string.GetHashCode is not), and 32 bits are plenty to tell the URLs apart.
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return string.Create(CultureInfo.InvariantCulture, $"\"{ProcessToken}-{version}-{hash:x8}\"");
    }
}
