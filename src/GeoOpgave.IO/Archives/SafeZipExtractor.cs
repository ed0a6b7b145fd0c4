using System.Globalization;
using System.IO.Compression;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Archives;

/// <summary>
/// Unpacks a zip file (e.g. a zipped shapefile) into a folder, refusing hostile archives as issues, never by
/// throwing: entries that would land outside the folder (zip slip, absolute paths), symbolic links, more
/// entries or more uncompressed bytes than <see cref="ZipExtractionLimits"/> allow (zip bombs; the bytes actually
/// unpacked are counted, the sizes the archive declares are never trusted). On any issue
/// of error severity nothing stays behind in the folder.
/// </summary>
public static class SafeZipExtractor
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    /// <summary>Unpacks <paramref name="zipPath"/> into <paramref name="targetFolder"/> (created when
    /// missing).</summary>
    public static ReadResult<ExtractedArchive> Extract(
        string zipPath,
        string targetFolder,
        ZipExtractionLimits? limits = null
    )
    {
        ArgumentNullException.ThrowIfNull(targetFolder);
        limits ??= new ZipExtractionLimits();
        var log = new IssueLog(zipPath);
        if (!log.RequireFile(zipPath))
        {
            return log.Result<ExtractedArchive>(null);
        }

        var folder = Path.GetFullPath(targetFolder);
        var written = new List<string>();
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (!Check(archive, folder, limits, log))
            {
                return log.Result<ExtractedArchive>(null);
            }

            Directory.CreateDirectory(folder);
            long unpacked = 0;
            foreach (var entry in archive.Entries)
            {
                var remaining = limits.MaxUncompressedBytes - unpacked;
                unpacked += ZipEntryWriter.Write(
                    entry,
                    Destination(folder, entry.FullName)!,
                    written,
                    remaining,
                    limits.MaxUncompressedBytes
                );
            }

            return log.Result(new ExtractedArchive(folder, written));
        }
        catch (InvalidDataException ex)
        {
            Remove(written);
            log.Error(IssueKind.UnreadableFile, $"Het zip-bestand is beschadigd of geen zip-bestand: {ex.Message}");
            return log.Result<ExtractedArchive>(null);
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            Remove(written);
            log.Error(
                IssueKind.UnreadableFile,
                $"Het zip-bestand kan niet worden uitgepakt (bijvoorbeeld twee bestanden met dezelfde naam): {ex.Message}"
            );
            return log.Result<ExtractedArchive>(null);
        }
        catch (ZipEntryTooLargeException ex)
        {
            Remove(written);
            log.Error(IssueKind.TooLarge, ex.Message, field: ex.EntryName);
            return log.Result<ExtractedArchive>(null);
        }
    }

    private static bool Check(ZipArchive archive, string folder, ZipExtractionLimits limits, IssueLog log)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            log.Error(
                IssueKind.TooLarge,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Het zip-bestand bevat {archive.Entries.Count} bestanden; toegestaan zijn er {limits.MaxEntries}."
                )
            );
            return false;
        }

        // The declared sizes only allow an early refusal; ZipEntryWriter counts what is really unpacked. Summed without
        // overflow: sizes near 2^62 each must not wrap the total below the limit.
        long total = 0;
        var overLimit = false;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length < 0 || entry.Length > limits.MaxUncompressedBytes - total)
            {
                overLimit = true;
            }
            else
            {
                total += entry.Length;
            }

            if (Destination(folder, entry.FullName) is null)
            {
                log.Error(
                    IssueKind.UnsupportedFormat,
                    $"Het zip-bestand is geweigerd: '{entry.FullName}' zou buiten de uitpakmap terechtkomen (absoluut pad of '..').",
                    field: entry.FullName);
            }
            else if ((entry.ExternalAttributes >> 16 & UnixFileTypeMask) == UnixSymbolicLink)
            {
                log.Error(
                    IssueKind.UnsupportedFormat,
                    $"Het zip-bestand is geweigerd: '{entry.FullName}' is een symbolische koppeling.",
                    field: entry.FullName
                );
            }
        }

        if (overLimit)
        {
            log.Error(
                IssueKind.TooLarge,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Het zip-bestand geeft op dat het uitpakt tot meer dan {limits.MaxUncompressedBytes} bytes, het toegestane maximum (mogelijk een zip-bom)."
                )
            );
        }

        return !log.HasErrors;
    }

    /// <summary>The full path of an entry inside the folder, or null when it would escape it.</summary>
    private static string? Destination(string folder, string entryName)
    {
        var name = entryName.Replace('\\', '/');
        if (name.Length == 0 || name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal)
            || name.Split('/').Any(part => part == ".."))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, name));
        var root = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal) ? path : null;
    }

    private static void Remove(List<string> written)
    {
        foreach (var file in written)
        {
            File.Delete(file);
        }
    }
}
