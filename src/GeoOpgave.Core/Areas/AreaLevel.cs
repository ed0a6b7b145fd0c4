namespace GeoOpgave.Core.Areas;

/// <summary>The CBS area levels: a gemeente holds wijken, a wijk holds buurten.</summary>
public enum AreaLevel
{
    Gemeente,
    Wijk,
    Buurt,
}
