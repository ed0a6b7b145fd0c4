using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.Core.Areas;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.Cli.Tests.Architecture;

/// <summary>The layering of ARCHITECTURE.md, read from the built assemblies.</summary>
public sealed class LayeringTests
{
    private static readonly string[] CoreMayUse = ["NetTopologySuite", "ProjNET"];

    [Fact]
    public void Cli_UsesNoStorageType()
    {
        var used = AssemblyLayering.TypesUsedFrom(typeof(ExitCodes).Assembly, "GeoOpgave.Storage");

        Assert.Empty(used);
    }

    [Fact]
    public void Core_ReferencesOnlyTheRuntimeNetTopologySuiteAndProjNet()
    {
        var references = AssemblyLayering.AssembliesReferencedBy(typeof(Area).Assembly);

        var others = references.Where(name =>
            !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard" && !CoreMayUse.Contains(name)
        );
        Assert.Empty(others);
        Assert.Contains("NetTopologySuite", references);
    }
}
