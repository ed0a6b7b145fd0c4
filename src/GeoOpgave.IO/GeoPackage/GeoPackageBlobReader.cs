using System.Buffers.Binary;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Reads GeoPackage geometry blobs (the "GP" header, then standard WKB) with one WKB reader per SRID for the
/// whole table. NTS's GeoPackageGeoReader builds new geometry services and a new factory for every blob, which
/// cost about half a second on the 14 000 national buurten (docs/performance.md). Coordinates come on packed
/// sequences (one double array per ring, no Coordinate object per vertex), which the aggregation engine copies raw;
/// plain polygons are copied straight from the blob (<see cref="WkbPolygons"/>), the rest is NTS's WKBReader's.
/// </summary>
internal sealed class GeoPackageBlobReader
{
    private const int HeaderBytes = 8;

    private readonly Dictionary<int, (WKBReader Reader, GeometryFactory Factory)> _readers = [];

    /// <summary>The geometry of a blob, with the SRID of its header; an empty point stays empty.</summary>
    /// <exception cref="ParseException">The blob is no GeoPackage geometry, or its WKB does not read.</exception>
    public Geometry Read(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < HeaderBytes || blob[0] != (byte)'G' || blob[1] != (byte)'P')
        {
            throw new ParseException("de kop begint niet met 'GP'.");
        }

        var flags = blob[3];
        var littleEndian = (flags & 1) == 1;
        var envelopeBytes = ((flags >> 1) & 7) switch
        {
            0 => 0,
            1 => 32,
            2 or 3 => 48,
            4 => 64,
            var code => throw new ParseException($"onbekende envelopcode {code} in de kop."),
        };
        var srid = littleEndian
            ? BinaryPrimitives.ReadInt32LittleEndian(blob[4..])
            : BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        var start = HeaderBytes + envelopeBytes;
        if (blob.Length <= start)
        {
            throw new ParseException("de blob houdt op na de kop.");
        }

        var (reader, factory) = ReaderFor(srid);
        var geometry = WkbPolygons.TryRead(blob[start..], factory)
            ?? reader.Read(new MemoryStream(blob[start..].ToArray(), writable: false));
        var empty = (flags & 0x10) != 0;
        return empty && geometry is Point ? geometry.Factory.CreatePoint() : geometry;
    }

    private (WKBReader Reader, GeometryFactory Factory) ReaderFor(int srid)
    {
        if (!_readers.TryGetValue(srid, out var reader))
        {
            var services = new NtsGeometryServices(
                PackedCoordinateSequenceFactory.DoubleFactory,
                NtsGeometryServices.Instance.DefaultPrecisionModel,
                srid
            );
            reader = (
                new WKBReader(services) { HandleOrdinates = Ordinates.XYZM, HandleSRID = false },
                services.CreateGeometryFactory(srid)
            );
            _readers[srid] = reader;
        }

        return reader;
    }
}
