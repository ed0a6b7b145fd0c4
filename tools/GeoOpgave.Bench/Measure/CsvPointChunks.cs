using System.Buffers;
using System.Buffers.Text;
using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// Streams an "x,y,value" CSV (RD New, header line first) as blocks of whole lines that the aggregator's
/// worker threads decode in parallel: reading is a plain sequential file read, parsing runs on all cores.
/// </summary>
internal static class CsvPointChunks
{
    private const int BlockBytes = 1 << 20;

    [ThreadStatic]
    private static double[]? _x;

    [ThreadStatic]
    private static double[]? _y;

    [ThreadStatic]
    private static double[]? _v;
    private static readonly double[] Pow10 =
    [
        1,
        1e1,
        1e2,
        1e3,
        1e4,
        1e5,
        1e6,
        1e7,
        1e8,
        1e9,
        1e10,
        1e11,
        1e12,
        1e13,
        1e14,
        1e15,
    ];

    public static IEnumerable<ArraySegment<byte>> Blocks(string path)
    {
        using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.SequentialScan
        );
        var carry = Array.Empty<byte>();
        var header = true;
        while (true)
        {
            var block = ArrayPool<byte>.Shared.Rent(carry.Length + BlockBytes);
            carry.CopyTo(block, 0);
            var read = stream.ReadAtLeast(block.AsSpan(carry.Length), BlockBytes, throwOnEndOfStream: false);
            var length = carry.Length + read;
            var end = read == 0 ? length : block.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
            var start = header ? block.AsSpan(0, length).IndexOf((byte)'\n') + 1 : 0;
            header = false;
            carry = block.AsSpan(end, length - end).ToArray();
            if (end > start)
            {
                yield return new ArraySegment<byte>(block, start, end - start);
            }
            else
            {
                ArrayPool<byte>.Shared.Return(block);
            }

            if (read == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Parses a block into this thread's reusable arrays and returns the block to the pool.</summary>
    public static PointBatch Decode(ArraySegment<byte> block)
    {
        var span = block.AsSpan();
        var lines = span.Count((byte)'\n') + 1;
        if (_x is null || _x.Length < lines)
        {
            (_x, _y, _v) = (new double[lines * 2], new double[lines * 2], new double[lines * 2]);
        }

        var (x, y, v) = (_x, _y!, _v!);
        var n = 0;
        while (!span.IsEmpty)
        {
            var eol = span.IndexOf((byte)'\n');
            var line = eol < 0 ? span : span[..eol];
            span = eol < 0 ? [] : span[(eol + 1)..];
            var c1 = line.IndexOf((byte)',');
            if (c1 < 0)
            {
                continue;
            }

            var rest = line[(c1 + 1)..];
            var c2 = rest.IndexOf((byte)',');
            x[n] = Number(line[..c1]);
            y[n] = Number(c2 < 0 ? rest : rest[..c2]);
            v[n] = c2 < 0 ? double.NaN : Number(rest[(c2 + 1)..]);
            n++;
        }

        ArrayPool<byte>.Shared.Return(block.Array!);
        return new PointBatch(x, y, v, null, n);
    }

    // Mantissa and power of ten are exact doubles, so one correctly rounded division equals double.Parse.
    private static double Number(ReadOnlySpan<byte> text)
    {
        text = text.TrimEnd((byte)'\r');
        var negative = !text.IsEmpty && text[0] == (byte)'-';
        long mantissa = 0;
        int digits = 0, fraction = -1;
        foreach (var b in negative ? text[1..] : text)
        {
            if (b == (byte)'.' && fraction < 0)
            {
                fraction = 0;
            }
            else if (b is >= (byte)'0' and <= (byte)'9' && digits < 15)
            {
                mantissa = (mantissa * 10) + (b - '0');
                digits++;
                fraction += fraction >= 0 ? 1 : 0;
            }
            else
            {
                return Utf8Parser.TryParse(text, out double parsed, out _) ? parsed : double.NaN;
            }
        }

        var value = digits == 0 ? double.NaN : fraction > 0 ? mantissa / Pow10[fraction] : mantissa;
        return negative ? -value : value;
    }
}
