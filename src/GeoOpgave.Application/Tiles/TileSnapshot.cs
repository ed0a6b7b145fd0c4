using GeoOpgave.Application.Background;
using GeoOpgave.Application.Export;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Application.Tiles;

/// <summary>
/// One version of a collection prepared for tiles, shared by every tile request of that version: the features in Web
/// Mercator with an R-tree, and per zoom level the geometry simplified to that zoom's resolution — each feature
/// simplified once per zoom, when a tile first needs it, rather than once per tile.
/// </summary>
public sealed class TileSnapshot
{
    /// <summary>Above this zoom the geometry of this zoom is used: half a unit at z14 is under 5 cm on the
    /// ground.</summary>
    public const int MaxSimplifiedZoom = 14;

    // Up to this zoom a tile holds thousands of buurten, and their simplified shapes are small to keep.
    private const int PreparedZooms = 10;

    // Half an MVT unit keeps every vertex that could move a pixel on the screen.
    private const double ToleranceUnits = 0.5;

    private readonly MercatorShape[] _shapes;
    private readonly MercatorShape?[][] _simplified = new MercatorShape?[MaxSimplifiedZoom + 1][];
    private readonly STRtree<int> _index = new();
    private readonly Envelope _extent = new();

    /// <summary>Prepares <paramref name="layer"/> (RD New or WGS84) with <paramref name="idAttribute"/> naming its
    /// features.</summary>
    public TileSnapshot(VectorLayer layer, string idAttribute)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(idAttribute);
        var wgs84 = PublishedGeometries.ToWgs84(layer);
        IdAttribute = idAttribute;
        _shapes = new MercatorShape[wgs84.Features.Count];
        Parallel.For(0, _shapes.Length, i => _shapes[i] = MercatorShape.FromWgs84(wgs84.Features[i].Geometry));
        Attributes = wgs84.Features.Select(f => f.Attributes).ToArray();
        for (var i = 0; i < _shapes.Length; i++)
        {
            if (_shapes[i].MvtType != 0)
            {
                _index.Insert(_shapes[i].Envelope, i);
                _extent.ExpandToInclude(_shapes[i].Envelope);
            }
        }

        _index.Build();
        for (var z = 0; z <= MaxSimplifiedZoom; z++)
        {
            _simplified[z] = new MercatorShape?[_shapes.Length];
        }
    }

    /// <summary>
    /// The snapshot of a published collection, built once per collection version and kept with it. The low zooms,
    /// whose tiles hold thousands of features, are simplified ahead in the background: the first tiles of a view
    /// simplify only the zoom they show instead of waiting for eleven, and later zooms find their shapes ready.
    /// </summary>
    public static TileSnapshot Of(PublishedCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.Derived("tiles", c =>
        {
            var snapshot = new TileSnapshot(c.Wgs84, c.Data.Info.IdAttribute);
            _ = BackgroundWork.Run(() => snapshot.Prepare(PreparedZooms));
            return snapshot;
        });
    }

    /// <summary>The extent of the features in Web Mercator metres (null when there is no shape); a copy.</summary>
    public Envelope Extent => _extent.Copy();

    /// <summary>The attribute that identifies a feature (kept at every zoom).</summary>
    public string IdAttribute { get; }

    /// <summary>Per feature, its attributes (null when it has none).</summary>
    public IReadOnlyList<IAttributesTable?> Attributes { get; }

    /// <summary>The features whose envelope meets <paramref name="mercatorEnvelope"/> (Web Mercator metres), in layer
    /// order.</summary>
    public IReadOnlyList<int> Query(Envelope mercatorEnvelope)
    {
        var hits = _index.Query(mercatorEnvelope).ToArray();
        Array.Sort(hits);
        return hits;
    }

    /// <summary>The feature's shape simplified for <paramref name="zoom"/>.</summary>
    public MercatorShape Shape(int feature, int zoom)
    {
        var level = Math.Min(zoom, MaxSimplifiedZoom);
        // Two requests may simplify the same feature at once; both get an equal shape and either may be kept.
        return _simplified[level][feature] ??= _shapes[feature].Simplify(ToleranceUnits * UnitMetres(level));
    }

    /// <summary>Simplifies every feature for zooms 0 to <paramref name="maxZoom"/> (what the tiles would do on
    /// demand), on the calling thread only.</summary>
    public void Prepare(int maxZoom)
    {
        var zooms = Math.Min(maxZoom, MaxSimplifiedZoom) + 1;
        for (var i = 0; i < _shapes.Length; i++)
        {
            for (var z = 0; z < zooms; z++)
            {
                Shape(i, z);
            }
        }
    }

    /// <summary>The width of one MVT unit at <paramref name="zoom"/> in Web Mercator metres.</summary>
    public static double UnitMetres(int zoom) => 2 * MercatorShape.HalfWorld / (1L << zoom) / TileAddress.Extent;
}
