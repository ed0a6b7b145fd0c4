namespace GeoOpgave.Cli.Commands;

/// <summary>What kind of layer is aggregated, and which statistics and options fit it.</summary>
internal enum AggregateLayerKind
{
    Points,
    Lines,
    Polygons,
}
