using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Spatial;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// Queen contiguity of the buurt polygons, built once per set of buurten: the neighbours only change when the
/// areas do, while the map, the API and the tiles analyse again on every request. Keyed by a fingerprint of the
/// codes and every coordinate, so a re-imported indeling is never answered with stale neighbours.
/// </summary>
public sealed class ContiguityCache
{
    // A workspace holds a handful of years; a few entries cover them without letting memory grow.
    private const int Capacity = 8;

    private readonly ConcurrentDictionary<(int Count, int Hash, double Tolerance), Contiguity> _entries = new();

    // Hashing 14,000 polygons' coordinates costs a few hundred milliseconds; the same list of areas (snapshots of one
    // indeling share it) is hashed once.
    private readonly ConditionalWeakTable<IReadOnlyList<Area>, StrongBox<int>> _fingerprints = new();

    /// <summary>The contiguity of <paramref name="buurten"/> (list position = area number).</summary>
    public Contiguity Get(IReadOnlyList<Area> buurten, double toleranceMeters)
    {
        ArgumentNullException.ThrowIfNull(buurten);
        var key = (
            buurten.Count,
            _fingerprints.GetValue(buurten, b => new StrongBox<int>(Fingerprint(b))).Value,
            toleranceMeters
        );
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var built = BuildContiguity.Run(new ContiguityParameters(buurten.Select(b => b.Geometry).ToArray())
        {
            ToleranceMeters = toleranceMeters,
        });
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(key, built);
    }

    private static int Fingerprint(IReadOnlyList<Area> buurten)
    {
        var hash = new HashCode();
        foreach (var buurt in buurten)
        {
            hash.Add(buurt.Code, StringComparer.Ordinal);
            foreach (var c in buurt.Geometry.Coordinates)
            {
                hash.Add(c.X);
                hash.Add(c.Y);
            }
        }

        return hash.ToHashCode();
    }
}
