namespace GeoOpgave.IO.Archives;

/// <summary>An entry unpacks to more bytes than declared; caught inside <see cref="SafeZipExtractor"/> and turned into
/// an issue.</summary>
internal sealed class ZipEntryTooLargeException(string entryName, string message) : Exception(message)
{
    public string EntryName { get; } = entryName;
}
