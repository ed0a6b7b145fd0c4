using System.Buffers.Binary;
using System.IO.Compression;

namespace GeoOpgave.Tests.Shared;

/// <summary>
/// Writes zip files byte by byte, so that an entry can declare any uncompressed size (Zip64) whatever it really
/// holds: the hostile archives a zip library would refuse to create.
/// </summary>
internal static class CraftedZip
{
    /// <summary>One entry: its name, the size it declares and how many zero bytes it really unpacks to.</summary>
    public sealed record Entry(string Name, long DeclaredBytes, int ActualBytes);

    public static void Write(string path, params Entry[] entries)
    {
        using var zip = new MemoryStream();
        var central = new MemoryStream();
        foreach (var entry in entries)
        {
            var data = Deflate(entry.ActualBytes);
            var crc = Crc32OfZeros(entry.ActualBytes);
            var offset = (uint)zip.Length;
            WriteHeader(zip, 0x04034b50, entry, data.Length, crc, central: false, offset);
            zip.Write(data);
            WriteHeader(central, 0x02014b50, entry, data.Length, crc, central: true, offset);
        }

        var centralOffset = (uint)zip.Length;
        central.Position = 0;
        central.CopyTo(zip);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], centralOffset);
        zip.Write(end);
        File.WriteAllBytes(path, zip.ToArray());
    }

    // Sizes go in the Zip64 extra field (0x0001); the 32-bit fields say 0xFFFFFFFF.
    private static void WriteHeader(
        Stream target,
        uint signature,
        Entry entry,
        long compressed,
        uint crc,
        bool central,
        uint offset
    )
    {
        var name = System.Text.Encoding.ASCII.GetBytes(entry.Name);
        var fixedLength = central ? 46 : 30;
        var header = new byte[fixedLength + name.Length + 20];
        var s = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(s, signature);
        var at = central ? 6 : 4;
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(s[4..], 45);
        }

        BinaryPrimitives.WriteUInt16LittleEndian(s[at..], 45);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(at + 4)..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(at + 8)..], 0x21);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 10)..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 14)..], uint.MaxValue);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 18)..], uint.MaxValue);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(at + 22)..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(at + 24)..], 20);
        if (central)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[42..], offset);
        }

        name.CopyTo(s[fixedLength..]);
        var extra = s[(fixedLength + name.Length)..];
        BinaryPrimitives.WriteUInt16LittleEndian(extra, 0x0001);
        BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], 16);
        BinaryPrimitives.WriteInt64LittleEndian(extra[4..], entry.DeclaredBytes);
        BinaryPrimitives.WriteInt64LittleEndian(extra[12..], compressed);
        target.Write(header);
    }

    private static byte[] Deflate(int zeros)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(new byte[zeros]);
        }

        return buffer.ToArray();
    }

    private static uint Crc32OfZeros(int count)
    {
        var crc = uint.MaxValue;
        for (var i = 0; i < count; i++)
        {
            crc ^= 0;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
