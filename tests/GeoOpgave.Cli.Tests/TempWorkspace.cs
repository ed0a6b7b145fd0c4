namespace GeoOpgave.Cli.Tests;

/// <summary>A folder with a SQLite workspace of its own, removed afterwards.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Folder = Directory.CreateTempSubdirectory("geoopgave-cli-").FullName;
    }

    public string Folder { get; }

    public string Db => $"Data Source={Path.Combine(Folder, "werkruimte.db")};Pooling=False";

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
