using GeoOpgave.Application.Tiles;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.Application.Tests.Architecture;

/// <summary>Application is shared by the web host and the CLI, so nothing in it may need the web host's
/// framework.</summary>
public sealed class LayeringTests
{
    // Identity's password hashing and user store come with Storage's user tables; they run without a web host.
    private static readonly string[] AspNetCoreMayUse = ["Microsoft.AspNetCore.Identity."];

    [Fact]
    public void Application_UsesNoAspNetCoreTypeButIdentity()
    {
        var used = AssemblyLayering.TypesUsedFrom(typeof(TileBuilder).Assembly, "Microsoft.AspNetCore");

        var others = used.Where(name =>
                !AspNetCoreMayUse.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))
            )
            .ToList();
        Assert.Empty(others);
    }
}
