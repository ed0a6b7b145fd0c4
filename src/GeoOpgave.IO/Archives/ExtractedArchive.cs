namespace GeoOpgave.IO.Archives;

/// <summary>What <see cref="SafeZipExtractor"/> wrote.</summary>
/// <param name="Folder">The folder the archive was unpacked into (full path).</param>
/// <param name="Files">The full paths of the files written, in archive order.</param>
public sealed record ExtractedArchive(string Folder, IReadOnlyList<string> Files);
