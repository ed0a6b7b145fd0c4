using System.Buffers.Binary;
using System.Text;

namespace GeoOpgave.Tools.GeoTiff;

/// <summary>The entries of one classic little-endian TIFF image file directory, laid out for writing.</summary>
internal sealed class GeoTiffWriterIfd
{
    private const ushort Ascii = 2;
    private const ushort Short = 3;
    private const ushort Long = 4;
    private const ushort Double = 12;

    private readonly SortedDictionary<ushort, (ushort Type, uint Count, byte[] Data)> _entries = [];

    public void AddShort(ushort tag, params ushort[] values)
    {
        var data = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(i * 2), values[i]);
        }

        _entries[tag] = (Short, (uint)values.Length, data);
    }

    public void AddLong(ushort tag, params uint[] values)
    {
        var data = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(i * 4), values[i]);
        }

        _entries[tag] = (Long, (uint)values.Length, data);
    }

    public void AddDouble(ushort tag, params double[] values)
    {
        var data = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(i * 8), values[i]);
        }

        _entries[tag] = (Double, (uint)values.Length, data);
    }

    public void AddAscii(ushort tag, string value)
    {
        var data = Encoding.ASCII.GetBytes(value + "\0");
        _entries[tag] = (Ascii, (uint)data.Length, data);
    }

    /// <summary>The bytes the directory and its out-of-line values take when written.</summary>
    public int Size =>
        2 + (12 * _entries.Count) + 4 + _entries.Values.Sum(e => e.Data.Length > 4 ? Pad(e.Data.Length) : 0);

    /// <summary>Writes the directory at <paramref name="offset"/> (the writer's position), its long values right after
    /// it.</summary>
    public void Write(BinaryWriter writer, uint offset)
    {
        var valueOffset = offset + 2 + (12 * (uint)_entries.Count) + 4;
        writer.Write((ushort)_entries.Count);
        foreach (var (tag, (type, count, data)) in _entries)
        {
            writer.Write(tag);
            writer.Write(type);
            writer.Write(count);
            if (data.Length <= 4)
            {
                var inline = new byte[4];
                data.CopyTo(inline, 0);
                writer.Write(inline);
            }
            else
            {
                writer.Write(valueOffset);
                valueOffset += (uint)Pad(data.Length);
            }
        }

        writer.Write(0u);
        foreach (var (_, _, data) in _entries.Values.Where(e => e.Data.Length > 4))
        {
            writer.Write(data);
            writer.Write(new byte[Pad(data.Length) - data.Length]);
        }
    }

    // Values start on a word boundary, as TIFF 6.0 asks.
    private static int Pad(int length) => (length + 1) & ~1;
}
