namespace GeoOpgave.Core.Spatial;

/// <summary>
/// Queen contiguity: for each area (by list position) the areas that share at least one point with it
/// (or lie within the tolerance). Symmetric, never contains the area itself, neighbours sorted ascending.
/// </summary>
public sealed class Contiguity
{
    private readonly int[][] _neighbours;

    public Contiguity(IReadOnlyList<IReadOnlyList<int>> neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        _neighbours = neighbours.Select(n => n.Order().ToArray()).ToArray();
    }

    public int Count => _neighbours.Length;

    /// <summary>The neighbours of an area, ascending, without the area itself.</summary>
    public IReadOnlyList<int> NeighboursOf(int area) => _neighbours[area];

    /// <summary>Areas without any neighbour (islands): Gi* then rests on the area alone.</summary>
    public IReadOnlyList<int> Islands => Enumerable.Range(0, Count).Where(i => _neighbours[i].Length == 0).ToArray();
}
