namespace GeoOpgave.IO.Csv;

/// <summary>Finds the delimiter of a CSV and the coordinate columns of its header, by name from the options or by
/// guessing.</summary>
internal static class CsvColumns
{
    private const int SniffBytes = 1 << 16;

    private static readonly string[] XNames =
    [
        "x",
        "rd_x",
        "x_rd",
        "rdx",
        "xcoord",
        "x_coord",
        "x_coordinaat",
        "xcoordinaat",
        "coord_x",
    ];
    private static readonly string[] YNames =
    [
        "y",
        "rd_y",
        "y_rd",
        "rdy",
        "ycoord",
        "y_coord",
        "y_coordinaat",
        "ycoordinaat",
        "coord_y",
    ];
    private static readonly string[] LonNames = ["lon", "lng", "long", "longitude", "lengtegraad"];
    private static readonly string[] LatNames = ["lat", "latitude", "breedtegraad"];

    /// <summary>The x and y column indices, and whether they were guessed as lon/lat; null when not found.</summary>
    public static (int X, int Y, bool LonLat)? Find(IReadOnlyList<string> header, PointCsvOptions options)
    {
        if (options.XColumn is not null || options.YColumn is not null)
        {
            var x = IndexOf(header, [options.XColumn ?? "x"]);
            var y = IndexOf(header, [options.YColumn ?? "y"]);
            return x >= 0 && y >= 0 ? (x, y, false) : null;
        }

        var rdX = IndexOf(header, XNames);
        var rdY = IndexOf(header, YNames);
        if (rdX >= 0 && rdY >= 0)
        {
            return (rdX, rdY, false);
        }

        var lon = IndexOf(header, LonNames);
        var lat = IndexOf(header, LatNames);
        return lon >= 0 && lat >= 0 ? (lon, lat, true) : null;
    }

    /// <summary>
    /// ';' when the first line that is not blank has at least as many ';' as ',' (and one), else ','. Reads up to 64 KB
    /// from the stream's position, so a file without line breaks is not read whole; delimiters are ASCII in every
    /// encoding GeoOpgave reads, so the bytes settle it.
    /// </summary>
    public static char DetectDelimiter(Stream file)
    {
        var sample = new byte[SniffBytes];
        var rest = sample.AsSpan(0, file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false));
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            if (!line.Trim(" \t"u8).IsEmpty)
            {
                return line.Count((byte)';') >= line.Count((byte)',') && line.Contains((byte)';') ? ';' : ',';
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return ',';
    }

    private static int IndexOf(IReadOnlyList<string> header, string[] names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
