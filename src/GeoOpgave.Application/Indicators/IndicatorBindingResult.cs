namespace GeoOpgave.Application.Indicators;

/// <summary>What a stored binding gave.</summary>
/// <param name="Values">How many areas got a known value (0 for a vector or raster layer, whose values come with
/// <c>indicators compute</c>).</param>
/// <param name="Warnings">In Dutch, each starting in lower case, why the binding gives or will give no value: a table
/// expression known nowhere, an indicator that no layer computes, a layer wholly outside the buurten. The binding is
/// stored all the same: a later import may fill it.</param>
public sealed record IndicatorBindingResult(int Values, IReadOnlyList<string> Warnings);
