using System.Buffers.Binary;
using System.Text;

namespace GeoOpgave.Application.Tiles;

/// <summary>Just enough protobuf writing for MVT: varints, length-delimited fields, packed varints and
/// doubles.</summary>
internal sealed class ProtoBuffer
{
    private readonly MemoryStream _stream = new();

    public void WriteVarintField(int field, ulong value)
    {
        WriteVarint((ulong)(field << 3));
        WriteVarint(value);
    }

    public void WriteString(int field, string value) => WriteBytes(field, Encoding.UTF8.GetBytes(value));

    public void WriteBytes(int field, byte[] bytes)
    {
        WriteVarint((ulong)((field << 3) | 2));
        WriteVarint((ulong)bytes.Length);
        _stream.Write(bytes);
    }

    public void WriteDouble(int field, double value)
    {
        WriteVarint((ulong)((field << 3) | 1));
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        _stream.Write(bytes);
    }

    public void WritePacked(int field, List<uint> values)
    {
        var packed = new ProtoBuffer();
        foreach (var v in values)
        {
            packed.WriteVarint(v);
        }

        WriteBytes(field, packed.ToArray());
    }

    public byte[] ToArray() => _stream.ToArray();

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _stream.WriteByte((byte)value);
    }
}
