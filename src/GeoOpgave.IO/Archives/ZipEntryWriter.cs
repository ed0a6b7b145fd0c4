using System.Globalization;
using System.IO.Compression;

namespace GeoOpgave.IO.Archives;

/// <summary>
/// Writes one checked entry, counting the bytes actually unpacked rather than trusting the header: never more than the
/// entry declares and never more than what the whole archive may still unpack to.
/// </summary>
internal static class ZipEntryWriter
{
    /// <summary>Returns the bytes written.</summary>
    public static long Write(
        ZipArchiveEntry entry,
        string destination,
        List<string> written,
        long remainingBytes,
        long maxBytes
    )
    {
        if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
        {
            Directory.CreateDirectory(destination);
            return 0;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        written.Add(destination);
        using var source = entry.Open();
        using var target = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            total = checked(total + read);
            if (total > remainingBytes)
            {
                throw new ZipEntryTooLargeException(
                    entry.FullName,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Het zip-bestand pakt uit tot meer dan {maxBytes} bytes, het toegestane maximum (mogelijk een zip-bom); '{entry.FullName}' ging eroverheen."
                    )
                );
            }

            if (total > entry.Length)
            {
                throw new ZipEntryTooLargeException(
                    entry.FullName,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"'{entry.FullName}' pakt uit tot meer dan de {entry.Length} bytes die het zip-bestand opgeeft."
                    )
                );
            }

            target.Write(buffer, 0, read);
        }

        return total;
    }
}
