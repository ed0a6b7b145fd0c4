namespace GeoOpgave.IO.Tests.Fixtures;

/// <summary>A temporary folder for the files a reader test builds; removed on dispose.</summary>
public sealed class ReaderTempFiles : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("geoopgave-reader-").FullName;

    public string PathOf(string fileName) => Path.Combine(_root, fileName);

    public string Write(string fileName, string content)
    {
        var path = PathOf(fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
