using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Web.Api.Tiles;

/// <summary>One version of a collection's features (RD New) with a spatial index; immutable, shared by all tile requests of that version.</summary>
public sealed class TileSnapshot
{
    private readonly STRtree<IFeature> _index = new();

    public TileSnapshot(VectorLayer layer, string version)
    {
        ArgumentNullException.ThrowIfNull(layer);
        Layer = layer;
        Version = version;
        foreach (var feature in layer.Features.Where(f => f.Geometry is { IsEmpty: false }))
        {
            _index.Insert(feature.Geometry.EnvelopeInternal, feature);
        }

        _index.Build();
    }

    public VectorLayer Layer { get; }

    /// <summary>A fingerprint of the content: it changes whenever a geometry or attribute changes.</summary>
    public string Version { get; }

    /// <summary>The features whose envelope meets <paramref name="envelope"/> (RD New).</summary>
    public IList<IFeature> Query(NetTopologySuite.Geometries.Envelope envelope) => _index.Query(envelope);
}
