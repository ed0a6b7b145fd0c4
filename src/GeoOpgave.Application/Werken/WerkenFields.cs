namespace GeoOpgave.Application.Werken;

/// <summary>
/// How a works layer's fields map onto werksoort, period, owner, status and name; a field left null is found by
/// its common Dutch names (<see cref="WerkenFieldNames"/>).
/// </summary>
public sealed record WerkenFields
{
    /// <summary>The field with the work type, matched against the profile's werksoorten and their synonyms.</summary>
    public string? TypeField { get; init; }

    /// <summary>The field with the first year (a year or a date).</summary>
    public string? StartField { get; init; }

    /// <summary>The field with the last year (a year or a date); without one a work lasts its start year.</summary>
    public string? EndField { get; init; }

    public string? OwnerField { get; init; }

    public string? StatusField { get; init; }

    public string? NameField { get; init; }

    /// <summary>One werksoort (id, name or synonym) for every feature; the type field is then not read.</summary>
    public string? Type { get; init; }

    /// <summary>The profile whose werksoorten apply; null: the default profile.</summary>
    public string? Profiel { get; init; }
}
