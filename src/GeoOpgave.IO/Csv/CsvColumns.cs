namespace GeoOpgave.IO.Csv;

/// <summary>Finds the coordinate columns of a header, by name from the options or by guessing.</summary>
internal static class CsvColumns
{
    private static readonly string[] XNames = ["x", "rd_x", "x_rd", "rdx", "xcoord", "x_coord", "x_coordinaat", "xcoordinaat", "coord_x"];
    private static readonly string[] YNames = ["y", "rd_y", "y_rd", "rdy", "ycoord", "y_coord", "y_coordinaat", "ycoordinaat", "coord_y"];
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

    public static char DetectDelimiter(string firstLine) =>
        firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') && firstLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';

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
