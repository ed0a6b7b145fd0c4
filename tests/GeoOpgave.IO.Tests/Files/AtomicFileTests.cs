using System.Text;
using GeoOpgave.IO.Files;

namespace GeoOpgave.IO.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "geoopgave-atomic-tests",
        Guid.NewGuid().ToString("N")
    );

    public AtomicFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WriteAsync_Succeeds_ReplacesTheFileAndLeavesNothingElse()
    {
        var path = Path.Combine(_folder, "uit.csv");
        await File.WriteAllTextAsync(path, "oud");

        await AtomicFile.WriteAsync(path, stream => stream.WriteAsync(Encoding.UTF8.GetBytes("nieuw")).AsTask());

        Assert.Equal("nieuw", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task WriteAsync_FailsHalfWay_OldFileUntouchedAndNoTemporaryLeft()
    {
        var path = Path.Combine(_folder, "uit.csv");
        await File.WriteAllTextAsync(path, "oud");

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(path, async stream =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("half"));
            throw new IOException("schijf vol");
        }));

        Assert.Equal("oud", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_FileWriterFails_NoFileUnderTheRealName()
    {
        var path = Path.Combine(_folder, "kaart.gpkg");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new InvalidOperationException("kapot");
        }));

        Assert.Empty(Directory.GetFiles(_folder));
    }
}
