namespace GeoOpgave.Core.Scoring;

/// <summary>An opgave's urgency class in a buurt.</summary>
public enum UrgencyClass
{
    /// <summary>Too little data to score: never treated as low.</summary>
    Onbekend,
    Laag,
    Midden,
    Hoog,
}
