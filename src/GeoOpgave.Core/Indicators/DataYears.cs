namespace GeoOpgave.Core.Indicators;

/// <summary>
/// The years a figure, an indeling or a planned work may have: 1900–2100. A year outside them is a typo (1800, 3000)
/// rather than data, and stored it would become a year of its own that analyses and the period slider then offer.
/// </summary>
public static class DataYears
{
    public const int Earliest = 1900;
    public const int Latest = 2100;

    public static bool Contains(int year) => year is >= Earliest and <= Latest;
}
