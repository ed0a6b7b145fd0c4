namespace GeoOpgave.Core.Indicators;

/// <summary>Where the stored values of a derived indicator in one year came from.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Year">The year of the buurten the values belong to.</param>
/// <param name="LayerName">The stored layer it was computed from.</param>
/// <param name="Method">The method in Dutch (see <c>IndicatorDefinition.Describe</c>).</param>
/// <param name="Engine">"dotnet" or "postgis".</param>
/// <param name="ComputedAt">When it was computed (UTC).</param>
public sealed record IndicatorProvenance(
    string IndicatorId,
    int Year,
    string LayerName,
    string Method,
    string Engine,
    DateTimeOffset ComputedAt
);
