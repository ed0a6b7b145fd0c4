using System.Collections.Concurrent;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Storage.Workspace;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Application.Export;

/// <summary>
/// One version of a published collection, shared by every request until the workspace version moves: the features
/// (RD New) with an R-tree for bbox queries, a lookup by id, a WGS84 copy for the CRS84 and EPSG:4258 answers, and room
/// for what the tiles and the API derive from it once. Immutable; the derived parts are built on first use.
/// </summary>
public sealed class PublishedCollection
{
    private readonly Lazy<STRtree<int>> _index;
    private readonly Lazy<Dictionary<string, IFeature>> _byId;
    private readonly Lazy<VectorLayer> _wgs84;
    private readonly ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    public PublishedCollection(CollectionData data, long workspaceVersion, string etag)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        Data = data;
        WorkspaceVersion = workspaceVersion;
        ETag = etag;
        _index = new(BuildIndex);
        _byId = new(BuildLookup);
        _wgs84 = new(() => PublishedGeometries.ToWgs84(data.Layer));
    }

    public CollectionData Data { get; }

    /// <summary>The workspace version the data was read at.</summary>
    public long WorkspaceVersion { get; }

    /// <summary>An opaque, quoted entity tag: it differs for every version, collection, profiel and year
    /// range.</summary>
    public string ETag { get; }

    /// <summary>The features in WGS84 longitude/latitude (EPSG:4326), in the same order and with the same
    /// attributes.</summary>
    public VectorLayer Wgs84 => _wgs84.Value;

    /// <summary>
    /// The page of features that meet the query (bbox through the R-tree, then exactly), in collection order, taken
    /// from the RD New features or, for <paramref name="srid"/> 4326, from <see cref="Wgs84"/>.
    /// </summary>
    public FeaturePage Query(FeatureQuery query, int srid = Srid.RdNew)
    {
        ArgumentNullException.ThrowIfNull(query);
        var features = Data.Layer.Features;
        IEnumerable<int> candidates = Enumerable.Range(0, features.Count);
        if (query.AreaRdNew is { } area)
        {
            var prepared = PreparedGeometryFactory.Prepare(area);
            var hits = _index.Value.Query(area.EnvelopeInternal).ToArray();
            Array.Sort(hits);
            candidates = hits.Where(i => prepared.Intersects(features[i].Geometry));
        }

        var matched = candidates.Where(i => query.Properties.All(p => Matches(features[i], p.Key, p.Value))).ToList();
        var source = srid == Srid.Wgs84 ? Wgs84.Features : features;
        var page = matched.Skip(query.Offset).Take(query.Limit).Select(i => source[i]).ToList();
        return new FeaturePage(page, matched.Count);
    }

    /// <summary>The first feature whose id attribute is <paramref name="id"/> (RD New), or null.</summary>
    public IFeature? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.Value.GetValueOrDefault(id);
    }

    /// <summary>
    /// What <paramref name="build"/> makes of this collection, built once under <paramref name="name"/> and then shared
    /// (e.g. the tiles' simplified geometry, the API's queryables).
    /// </summary>
    public T Derived<T>(string name, Func<PublishedCollection, T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(build);
        var lazy = _derived.GetOrAdd(name, _ => new Lazy<object>(
            () => build(this),
            LazyThreadSafetyMode.ExecutionAndPublication
        ));
        return (T)lazy.Value;
    }

    private static bool Matches(IFeature feature, string name, string value) =>
        string.Equals(FeatureFilter.Text(feature.Attributes?.GetOptionalValue(name)), value, StringComparison.Ordinal);

    private STRtree<int> BuildIndex()
    {
        var index = new STRtree<int>();
        var features = Data.Layer.Features;
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i].Geometry is { IsEmpty: false } geometry)
            {
                index.Insert(geometry.EnvelopeInternal, i);
            }
        }

        index.Build();
        return index;
    }

    private Dictionary<string, IFeature> BuildLookup()
    {
        var lookup = new Dictionary<string, IFeature>(StringComparer.Ordinal);
        foreach (var feature in Data.Layer.Features)
        {
            lookup.TryAdd(FeatureFilter.Text(feature.Attributes?.GetOptionalValue(Data.Info.IdAttribute)), feature);
        }

        return lookup;
    }
}
