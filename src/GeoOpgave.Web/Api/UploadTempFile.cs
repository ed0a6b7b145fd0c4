using GeoOpgave.Application.Import;

namespace GeoOpgave.Web.Api;

/// <summary>
/// Where an upload waits for its import: a folder of its own in the temporary directory, holding the file under the
/// name the user gave it, so that what the readers say (a GeoJSON's layer, a TopoJSON's, a kaart's) names the user's
/// file and not a temporary one. A name that is no plain file name becomes "upload" with its extension. Disposing
/// removes the folder.
/// </summary>
internal sealed class UploadTempFile : IDisposable
{
    private const int MaxNameLength = 200;

    private readonly string _folder;

    public UploadTempFile(ImportOptions options, string fileName)
    {
        ArgumentNullException.ThrowIfNull(options);
        _folder = System.IO.Path.Combine(options.ResolveTempDirectory(), $"{Guid.NewGuid():N}-upload");
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, SafeName(fileName));
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a reader killed mid-way) is the temporary directory's to clean up later.
        }
    }

    private static string SafeName(string fileName)
    {
        var name = System.IO.Path.GetFileName(fileName ?? string.Empty);
        var plain = name.Length is > 0 and <= MaxNameLength
            && name is not ("." or "..")
            && name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0;
        if (plain)
        {
            return name;
        }

        var extension = System.IO.Path.GetExtension(name);
        return extension.Length is > 0 and <= 16 ? "upload" + extension : "upload";
    }
}
