namespace GeoOpgave.Application.Indicators;

/// <summary>What happened to one defined indicator: computed and stored, or skipped with the reason (in
/// Dutch).</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="LayerName">The layer its definition names.</param>
/// <param name="Method">The method in Dutch.</param>
/// <param name="Year">The year of the buurten.</param>
/// <param name="Buurten">Buurten that got a row (0 when skipped).</param>
/// <param name="Known">Buurten whose value is known (not null).</param>
/// <param name="Skipped">Why nothing was stored; null when it was.</param>
public sealed record IndicatorComputation(
    string IndicatorId,
    string LayerName,
    string Method,
    int Year,
    int Buurten,
    int Known,
    string? Skipped
)
{
    /// <summary>Geometry problems that were repaired or skipped, in Dutch, with the feature index.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the values are probably not what was meant (the layer lies outside the buurten), in Dutch;
    /// null when nothing points that way.</summary>
    public string? Hint { get; init; }
}
