namespace GeoOpgave.Core.Profiles;

/// <summary>What the UI and the explanation say about an indicator.</summary>
/// <param name="Id">The indicator id as in the indicator table.</param>
/// <param name="Name">Dutch name as it reads in a sentence, e.g. "gemiddeld gasverbruik".</param>
/// <param name="Unit">Unit written after the value, e.g. "m³", "%", "°C"; empty for a count.</param>
/// <param name="Source">Source layer and year, e.g. "CBS Kerncijfers wijken en buurten 2024".</param>
public sealed record IndicatorInfo(string Id, string Name, string Unit, string Source)
{
    /// <summary>Decimals shown for a raw value.</summary>
    public int Decimals { get; init; }

    /// <summary>How the indicator is derived from a stored layer; null when its values are loaded as they
    /// are.</summary>
    public IndicatorDefinition? Definition { get; init; }

    /// <summary>Where a Dutch gemeente gets the data, in Dutch (source, year, address); null when the profile does not
    /// say.</summary>
    public string? Obtain { get; init; }

    /// <summary>
    /// The count the value is a share or mean of (e.g. woningvoorraad for a share of dwellings, aantal_huishoudens
    /// for a share of households), so a wijk or gemeente figure weights each buurt by it as CBS aggregates; null:
    /// by inhabitants.
    /// </summary>
    public string? Denominator { get; init; }
}
