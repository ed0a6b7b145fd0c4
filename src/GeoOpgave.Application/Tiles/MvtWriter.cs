using System.Globalization;
using System.Text;

namespace GeoOpgave.Application.Tiles;

/// <summary>
/// Writes one Mapbox vector tile layer (MVT 2.1, protobuf) of polygon features whose rings are already in tile
/// units: keys and values are shared per tile, rings are delta- and zigzag-encoded commands. Features carry no id
/// (CBS codes are text; the code is a property). Null attribute values are left out, as MVT has no null.
/// </summary>
public sealed class MvtWriter
{
    private readonly List<byte[]> _features = [];
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _values = [];
    private readonly List<object> _valueList = [];

    /// <summary>How many features have been added.</summary>
    public int Count => _features.Count;

    /// <summary>About how many bytes the tile has so far (features, keys and values; a few bytes of framing
    /// short).</summary>
    public long Length { get; private set; }

    /// <summary>
    /// Adds a feature of MVT geometry type <paramref name="mvtType"/> (1 point, 2 line, 3 polygon) whose
    /// <paramref name="parts"/> are flat x,y integer pairs: points; lines; or rings (not closed), each exterior ring
    /// (positive area, clockwise on screen) followed by its holes (negative area).
    /// </summary>
    public void AddFeature(
        int mvtType,
        IReadOnlyList<int[]> parts,
        IEnumerable<KeyValuePair<string, object?>> attributes
    )
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mvtType, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mvtType, 3);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(attributes);
        var tags = new List<uint>();
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            tags.Add((uint)KeyIndex(name));
            tags.Add((uint)ValueIndex(value));
        }

        var feature = new ProtoBuffer();
        feature.WritePacked(2, tags);
        feature.WriteVarintField(3, (ulong)mvtType);
        feature.WritePacked(4, mvtType == 1 ? PointCommands(parts) : Commands(parts, closeRings: mvtType == 3));
        var bytes = feature.ToArray();
        _features.Add(bytes);
        Length += bytes.Length + 4;
    }

    /// <summary>The tile's bytes: one layer named <paramref name="layerName"/>; empty when no feature was
    /// added.</summary>
    public byte[] ToTile(string layerName, int extent)
    {
        if (_features.Count == 0)
        {
            return [];
        }

        var layer = new ProtoBuffer();
        layer.WriteVarintField(15, 2);
        layer.WriteString(1, layerName);
        foreach (var feature in _features)
        {
            layer.WriteBytes(2, feature);
        }

        foreach (var key in _keys.OrderBy(k => k.Value).Select(k => k.Key))
        {
            layer.WriteString(3, key);
        }

        foreach (var value in _valueList)
        {
            layer.WriteBytes(4, Value(value));
        }

        layer.WriteVarintField(5, (ulong)extent);
        var tile = new ProtoBuffer();
        tile.WriteBytes(3, layer.ToArray());
        return tile.ToArray();
    }

    private static List<uint> PointCommands(IReadOnlyList<int[]> parts)
    {
        var points = parts.SelectMany(p => p).ToArray();
        var commands = new List<uint> { Command(1, points.Length / 2) };
        int cursorX = 0, cursorY = 0;
        for (var i = 0; i < points.Length; i += 2)
        {
            commands.Add(ZigZag(points[i] - cursorX));
            commands.Add(ZigZag(points[i + 1] - cursorY));
            (cursorX, cursorY) = (points[i], points[i + 1]);
        }

        return commands;
    }

    private static List<uint> Commands(IReadOnlyList<int[]> parts, bool closeRings)
    {
        var commands = new List<uint>();
        int cursorX = 0, cursorY = 0;
        foreach (var ring in parts)
        {
            var points = ring.Length / 2;
            commands.Add(Command(1, 1));
            for (var i = 0; i < points; i++)
            {
                if (i == 1)
                {
                    commands.Add(Command(2, points - 1));
                }

                var (x, y) = (ring[2 * i], ring[(2 * i) + 1]);
                commands.Add(ZigZag(x - cursorX));
                commands.Add(ZigZag(y - cursorY));
                (cursorX, cursorY) = (x, y);
            }

            if (closeRings)
            {
                commands.Add(Command(7, 1));
            }
        }

        return commands;
    }

    private static uint Command(int id, int count) => (uint)((id & 0x7) | (count << 3));

    private static uint ZigZag(int n) => (uint)((n << 1) ^ (n >> 31));

    private int KeyIndex(string name)
    {
        if (!_keys.TryGetValue(name, out var index))
        {
            index = _keys.Count;
            _keys.Add(name, index);
            Length += Encoding.UTF8.GetByteCount(name) + 2;
        }

        return index;
    }

    private int ValueIndex(object value)
    {
        var normalised = value switch
        {
            string or double or long or bool => value,
            float f => (double)f,
            int or short or byte or uint or ushort or sbyte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        if (!_values.TryGetValue(normalised, out var index))
        {
            index = _valueList.Count;
            _values.Add(normalised, index);
            _valueList.Add(normalised);
            Length += Value(normalised).Length + 2;
        }

        return index;
    }

    private static byte[] Value(object value)
    {
        var message = new ProtoBuffer();
        switch (value)
        {
            case string s:
                message.WriteString(1, s);
                break;
            case double d:
                message.WriteDouble(3, d);
                break;
            case long l when l >= 0:
                message.WriteVarintField(4, (ulong)l);
                break;
            case long l:
                message.WriteVarintField(6, (ulong)((l << 1) ^ (l >> 63)));
                break;
            case bool b:
                message.WriteVarintField(7, b ? 1UL : 0UL);
                break;
        }

        return message.ToArray();
    }
}
