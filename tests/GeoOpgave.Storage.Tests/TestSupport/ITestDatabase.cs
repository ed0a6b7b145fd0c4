using GeoOpgave.Storage.Configuration;

namespace GeoOpgave.Storage.Tests.TestSupport;

/// <summary>A fresh, empty database of one provider that lives as long as one test.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    StorageOptions Options { get; }

    Task CreateAsync();
}
