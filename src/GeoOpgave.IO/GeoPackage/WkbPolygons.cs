using System.Buffers.Binary;
using System.Runtime.InteropServices;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Reads 2D little-endian WKB polygons and multipolygons, the shape of nearly every area layer, by copying each
/// ring's coordinates straight into a packed sequence: a ring in WKB already is x, y, x, y as doubles. NTS's
/// WKBReader sets every ordinate through the sequence's interface, which cost most of reading the 14 000
/// national buurten (docs/performance.md). Anything else (other types, Z or M, big-endian, empty parts, counts
/// that do not fit the bytes) gets null, and is then NTS's to read and to word the error; rings are built by the
/// same factory call as NTS's, so an unclosed or too short ring fails the same way.
/// </summary>
internal static class WkbPolygons
{
    private const byte LittleEndian = 1;
    private const uint PolygonType = 3;
    private const uint MultiPolygonType = 6;
    private const int HeaderBytes = 5;
    private const int CountBytes = 4;
    private const int PointBytes = 2 * sizeof(double);

    /// <summary>The polygon or multipolygon, or null when this is not the simple case.</summary>
    /// <exception cref="ArgumentException">A ring is not closed or has too few points.</exception>
    public static Geometry? TryRead(ReadOnlySpan<byte> wkb, GeometryFactory factory)
    {
        if (!BitConverter.IsLittleEndian || !TryHeader(wkb, out var type))
        {
            return null;
        }

        var position = HeaderBytes;
        if (type == PolygonType)
        {
            return TryPolygon(wkb, ref position, factory);
        }

        if (type != MultiPolygonType || !TryCount(wkb, ref position, HeaderBytes + CountBytes, out var count))
        {
            return null;
        }

        var polygons = new Polygon[count];
        for (var i = 0; i < count; i++)
        {
            if (!TryHeader(wkb[position..], out var partType) || partType != PolygonType)
            {
                return null;
            }

            position += HeaderBytes;
            if (TryPolygon(wkb, ref position, factory) is not { } polygon)
            {
                return null;
            }

            polygons[i] = polygon;
        }

        return factory.CreateMultiPolygon(polygons);
    }

    private static bool TryHeader(ReadOnlySpan<byte> wkb, out uint type)
    {
        type = wkb.Length >= HeaderBytes && wkb[0] == LittleEndian
            ? BinaryPrimitives.ReadUInt32LittleEndian(wkb[1..])
            : 0;
        return type != 0;
    }

    /// <summary>A count of at least one item that fits in the bytes left, each at least
    /// <paramref name="minimumBytes"/> long.</summary>
    private static bool TryCount(ReadOnlySpan<byte> wkb, ref int position, int minimumBytes, out int count)
    {
        count = 0;
        if (wkb.Length - position < CountBytes)
        {
            return false;
        }

        var value = BinaryPrimitives.ReadUInt32LittleEndian(wkb[position..]);
        position += CountBytes;
        if (value == 0 || value > (uint)((wkb.Length - position) / minimumBytes))
        {
            return false;
        }

        count = (int)value;
        return true;
    }

    private static Polygon? TryPolygon(ReadOnlySpan<byte> wkb, ref int position, GeometryFactory factory)
    {
        if (
            !TryCount(wkb, ref position, CountBytes, out var count)
            || TryRing(wkb, ref position, factory) is not { } shell
        )
        {
            return null;
        }

        var holes = new LinearRing[count - 1];
        for (var i = 0; i < holes.Length; i++)
        {
            if (TryRing(wkb, ref position, factory) is not { } hole)
            {
                return null;
            }

            holes[i] = hole;
        }

        return factory.CreatePolygon(shell, holes);
    }

    private static LinearRing? TryRing(ReadOnlySpan<byte> wkb, ref int position, GeometryFactory factory)
    {
        if (!TryCount(wkb, ref position, PointBytes, out var points))
        {
            return null;
        }

        var bytes = wkb.Slice(position, points * PointBytes);
        position += bytes.Length;
        var coordinates = MemoryMarshal.Cast<byte, double>(bytes).ToArray();
        return factory.CreateLinearRing(PackedCoordinateSequenceFactory.DoubleFactory.Create(coordinates, 2, 0));
    }
}
