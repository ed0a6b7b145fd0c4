using GeoOpgave.Storage.Context;

namespace GeoOpgave.Storage.Tests.Architecture;

/// <summary>
/// Storage has a folder per concept and nothing loose at its root, so a newcomer finds an entity, its EF configuration
/// and its store in one place. A new concept gets a folder and a line here.
/// </summary>
public sealed class LayoutTests
{
    private static readonly string[] Concepts =
    [
        "Areas",
        "Audit",
        "Configuration",
        "Context",
        "Indicators",
        "Layers",
        "Postgres",
        "Profiles",
        "Selecties",
        "Sqlite",
        "Workspace",
    ];

    [Fact]
    public void Storage_EveryTypeLivesInAConceptNamespace()
    {
        var namespaces = typeof(GeoOpgaveDbContext)
            .Assembly.GetTypes()
            .Where(t =>
                !t.Name.StartsWith('<')
                && t.Namespace is not null
                && !t.Namespace.StartsWith("System", StringComparison.Ordinal)
                && !t.Namespace.StartsWith("Microsoft", StringComparison.Ordinal)
            )
            .Select(t => t.Namespace!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var outside = namespaces
            .Where(ns =>
                !Concepts.Any(c =>
                    ns == $"GeoOpgave.Storage.{c}" || ns.StartsWith($"GeoOpgave.Storage.{c}.", StringComparison.Ordinal)
                )
            )
            .ToList();
        Assert.Empty(outside);
        Assert.Contains("GeoOpgave.Storage.Workspace", namespaces);
    }
}
