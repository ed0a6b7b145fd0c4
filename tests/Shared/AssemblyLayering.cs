using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GeoOpgave.Tests.Shared;

/// <summary>
/// What an assembly uses, read from its metadata rather than its source: every type it references from another
/// assembly (in signatures, fields, casts and method bodies alike) and the assemblies it references. Linked into
/// the test projects that guard the project layering of ARCHITECTURE.md (tests/Shared).
/// </summary>
internal static class AssemblyLayering
{
    /// <summary>The full names of the types <paramref name="assembly"/> references in namespaces starting with
    /// <paramref name="namespacePrefix"/>.</summary>
    public static IReadOnlyList<string> TypesUsedFrom(Assembly assembly, string namespacePrefix)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Where(name => name.StartsWith(namespacePrefix + ".", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The names of the assemblies <paramref name="assembly"/> references.</summary>
    public static IReadOnlyList<string> AssembliesReferencedBy(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Order(StringComparer.Ordinal)];
}
