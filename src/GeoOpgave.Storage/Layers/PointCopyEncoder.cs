using System.Buffers.Binary;
using GeoOpgave.Core.Crs;

namespace GeoOpgave.Storage.Layers;

/// <summary>
/// Encodes point rows for PostgreSQL's binary COPY of layer_features (layer_id, feature_index, geometry,
/// attributes) by hand: the geometry as 25 bytes of EWKB (little-endian point with SRID 28992), the attributes
/// as jsonb's binary form (a version byte and the JSON text). No NTS object and no value boxing per row.
/// </summary>
internal static class PointCopyEncoder
{
    private const int EwkbPointBytes = 25;
    private const uint EwkbPointWithSrid = 0x20000001;

    /// <summary>The header of a binary COPY stream: signature, flags, header extension length.</summary>
    public static ReadOnlySpan<byte> Header =>
        [
            (byte)'P',
            (byte)'G',
            (byte)'C',
            (byte)'O',
            (byte)'P',
            (byte)'Y',
            (byte)'\n',
            0xFF,
            (byte)'\r',
            (byte)'\n',
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
        ];

    /// <summary>The trailer: a field count of -1.</summary>
    public static ReadOnlySpan<byte> Trailer => [0xFF, 0xFF];

    /// <summary>The most bytes one row can take, given its JSON length.</summary>
    public static int MaxRowBytes(int jsonBytes) => 2 + (4 + 8) + (4 + 4) + (4 + EwkbPointBytes) + 4 + 1 + jsonBytes;

    /// <summary>Writes one row at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(
        Span<byte> destination,
        long layerId,
        int index,
        double x,
        double y,
        ReadOnlySpan<byte> json
    )
    {
        BinaryPrimitives.WriteInt16BigEndian(destination, 4);
        BinaryPrimitives.WriteInt32BigEndian(destination[2..], 8);
        BinaryPrimitives.WriteInt64BigEndian(destination[6..], layerId);
        BinaryPrimitives.WriteInt32BigEndian(destination[14..], 4);
        BinaryPrimitives.WriteInt32BigEndian(destination[18..], index);
        BinaryPrimitives.WriteInt32BigEndian(destination[22..], EwkbPointBytes);
        var ewkb = destination[26..];
        ewkb[0] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(ewkb[1..], EwkbPointWithSrid);
        BinaryPrimitives.WriteInt32LittleEndian(ewkb[5..], Srid.RdNew);
        BinaryPrimitives.WriteDoubleLittleEndian(ewkb[9..], x);
        BinaryPrimitives.WriteDoubleLittleEndian(ewkb[17..], y);
        var at = 26 + EwkbPointBytes;
        if (json.IsEmpty)
        {
            BinaryPrimitives.WriteInt32BigEndian(destination[at..], -1);
            return at + 4;
        }

        BinaryPrimitives.WriteInt32BigEndian(destination[at..], json.Length + 1);
        destination[at + 4] = 1;
        json.CopyTo(destination[(at + 5)..]);
        return at + 5 + json.Length;
    }

    /// <summary>ISO WKB of a 2D point (21 bytes, little-endian), as SQLite stores geometries.</summary>
    public static void WriteWkbPoint(Span<byte> destination, double x, double y)
    {
        destination[0] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], 1);
        BinaryPrimitives.WriteDoubleLittleEndian(destination[5..], x);
        BinaryPrimitives.WriteDoubleLittleEndian(destination[13..], y);
    }
}
