using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Layers;

public sealed class SqliteLayerStoreTests : LayerStoreTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
