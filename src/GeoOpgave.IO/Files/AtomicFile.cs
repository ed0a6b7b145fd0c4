namespace GeoOpgave.IO.Files;

/// <summary>
/// Writes a file so that it is either whole or untouched: the content goes to a hidden temporary file beside the target
/// (same folder, so the same volume), which is moved over the target only when writing succeeded. The temporary file
/// is removed either way, so a failed or cancelled run leaves neither half a file under the real name nor litter.
/// </summary>
public static class AtomicFile
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is
    /// given.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content; the stream is closed after it returns.</param>
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (target, temporary) = Names(path);
        try
        {
            await using (
                var stream = new FileStream(
                    temporary,
                    FileMode.CreateNew,
                    FileAccess.Write,
                    FileShare.None,
                    BufferBytes,
                    useAsync: true
                )
            )
            {
                await write(stream);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with the file that <paramref name="writeFile"/> creates at the path it is
    /// given, for writers that need a file rather than a stream (SQLite).
    /// </summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="writeFile">Creates the file at the temporary path it gets; it does not exist yet.</param>
    public static void Write(string path, Action<string> writeFile)
    {
        ArgumentNullException.ThrowIfNull(writeFile);
        var (target, temporary) = Names(path);
        try
        {
            writeFile(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // Hidden and unique, so two writers of one file never share a temporary file and a file browser does not show it.
    private static (string Target, string Temporary) Names(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        var temporary = Path.Combine(
            Path.GetDirectoryName(target)!,
            $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp"
        );
        return (target, temporary);
    }
}
