namespace GeoOpgave.Web.Components.Map;

/// <summary>A planner's weights (one per indicator slot, profile order) and the urgent threshold (0–100).</summary>
public sealed record PlannerState(IReadOnlyList<double> Weights, double UrgentThreshold);
