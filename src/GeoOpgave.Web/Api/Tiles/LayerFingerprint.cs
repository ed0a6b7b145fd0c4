using System.Security.Cryptography;
using System.Text;
using GeoOpgave.Application.Export;
using GeoOpgave.IO.Features;
using NetTopologySuite.IO;

namespace GeoOpgave.Web.Api.Tiles;

/// <summary>
/// A SHA-256 fingerprint of a layer's geometries and attributes: the version that tile caches and ETags are keyed
/// by, so an edit of the data or the analysis can never be answered with an old tile.
/// </summary>
public static class LayerFingerprint
{
    public static string Of(VectorLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var wkb = new WKBWriter();
        hash.AppendData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{layer.Name}\n{layer.Srid}\n")));
        foreach (var feature in layer.Features)
        {
            if (feature.Geometry is { } geometry)
            {
                hash.AppendData(wkb.Write(geometry));
            }

            foreach (var name in feature.Attributes?.GetNames() ?? [])
            {
                hash.AppendData(Encoding.UTF8.GetBytes(name + "=" + FeatureFilter.Text(feature.Attributes![name]) + "\u001f"));
            }

            hash.AppendData("\u001e"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
