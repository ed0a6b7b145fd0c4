using GeoOpgave.Tests.Shared;

namespace GeoOpgave.Web.Tests.Architecture;

/// <summary>The web host uses Application only: Storage is registered by Application and never touched from
/// here.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void Web_UsesNoStorageType()
    {
        var used = AssemblyLayering.TypesUsedFrom(typeof(Program).Assembly, "GeoOpgave.Storage");

        Assert.Empty(used);
    }

    [Fact]
    public void Web_HoldsOnlyTheTileEndpointOfTheTileEngine()
    {
        // The engine (projection, clipping, simplification, MVT encoding, cache) lives in Application.Tiles.
        var tileTypes = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == "GeoOpgave.Web.Api.Tiles" && !t.IsNested && !t.Name.StartsWith('<'))
            .Select(t => t.Name);

        Assert.Equal(["TileEndpoints"], tileTypes);
    }

    [Fact]
    public void TypesUsedFrom_Application_FindsItsStorageTypes()
    {
        // The check above can fail: the same reading finds the Storage types Application does use.
        var used = AssemblyLayering.TypesUsedFrom(
            typeof(Application.Layers.LayerService).Assembly,
            "GeoOpgave.Storage"
        );

        Assert.Contains("GeoOpgave.Storage.Layers.LayerStore", used);
    }
}
