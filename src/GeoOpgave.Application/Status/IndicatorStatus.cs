namespace GeoOpgave.Application.Status;

/// <summary>Where an indicator of the profile has a value, and where a gemeente gets it when it has not.</summary>
/// <param name="Id">The indicator.</param>
/// <param name="Name">Its Dutch name.</param>
/// <param name="Opgaven">The opgaven that use it.</param>
/// <param name="Known">Buurten with a known value.</param>
/// <param name="Buurten">Every buurt of the year.</param>
/// <param name="MissingBuurten">The codes of the buurten without a value, ordered.</param>
/// <param name="Years">The reference years of the known values, ascending.</param>
/// <param name="Obtain">Where to get the data (from the profile's catalogue); null when it does not say.</param>
/// <param name="Layer">The layer that fills it: a binding, or the definition's default layer; null for a loaded
/// figure.</param>
public sealed record IndicatorStatus(
    string Id,
    string Name,
    IReadOnlyList<string> Opgaven,
    int Known,
    int Buurten,
    IReadOnlyList<string> MissingBuurten,
    IReadOnlyList<int> Years,
    string? Obtain,
    string? Layer);
