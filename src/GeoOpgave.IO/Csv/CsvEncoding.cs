using System.Text;
using System.Text.Unicode;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Decides the text encoding of a CSV: the one the user names, else UTF-8 when the bytes are valid UTF-8,
/// else windows-1252 (what Excel on a Dutch Windows writes: "Café" as 0x43 0x61 0x66 0xE9). Separators,
/// quotes, digits and line ends are ASCII in both, so only text values depend on the choice.
/// </summary>
public static class CsvEncoding
{
    /// <summary>The code page assumed when a file is not valid UTF-8.</summary>
    public const int Windows1252 = 1252;

    /// <summary>The report's note when a file was read as windows-1252 because it is not valid UTF-8.</summary>
    public const string DetectedAnsiMessage =
        "De tekst is geen geldige UTF-8; het bestand is gelezen als windows-1252 (zoals Excel het opslaat). Klopt dat niet, geef dan de tekencodering op (--encoding).";

    private const int SampleBytes = 1 << 20;

    /// <summary>windows-1252 (.NET has only the Unicode and Latin-1 encodings built in; the code pages are registered
    /// here).</summary>
    public static Encoding Ansi { get; } = RegisterCodePages();

    /// <summary>
    /// The encoding named by <paramref name="name"/> (e.g. "utf-8", "windows-1252", "latin1", "1252"), or null when
    /// .NET does not know it.
    /// </summary>
    public static Encoding? FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        _ = Ansi;
        try
        {
            return int.TryParse(
                trimmed,
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var codePage
            )
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Looks at the first megabyte: UTF-8 (also with a BOM) when it is valid UTF-8, else windows-1252. A
    /// multi-byte character cut off at the end of the sample does not count against UTF-8.
    /// </summary>
    public static Encoding Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(SampleBytes, file.Length)];
        file.ReadExactly(buffer);
        return IsUtf8(buffer, complete: file.Length <= SampleBytes) ? Encoding.UTF8 : Ansi;
    }

    /// <summary>
    /// True when <paramref name="bytes"/> is valid UTF-8; with <paramref name="complete"/> false, an incomplete
    /// sequence at the very end is allowed (the rest is in the next block).
    /// </summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        if (complete)
        {
            return false;
        }

        // At most 3 bytes of a 4-byte sequence can hang over the end of a block.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Windows1252);
    }

    /// <summary>A short Dutch name of the encoding for the report, e.g. "UTF-8" or "windows-1252".</summary>
    public static string Describe(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage switch
        {
            65001 => "UTF-8",
            Windows1252 => "windows-1252",
            _ => encoding.WebName,
        };
    }
}
