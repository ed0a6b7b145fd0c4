using System.Globalization;
using GeoOpgave.Application.Agenda;

namespace GeoOpgave.Web.Components.Timeline;

/// <summary>
/// The Dutch words for planned works and what they make together, shared by the agenda's Planning section and the
/// timeline, so a work, a combination, a shift or a conflict reads the same wherever a planner meets it.
/// </summary>
public static class PlanningText
{
    /// <summary>"2027", "2028–2029" or "onbekend".</summary>
    public static string Period(AgendaWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work switch
        {
            { Start: null } => "onbekend",
            { Start: var start, Eind: var eind } when eind is null || eind == start => Year(start.Value),
            _ => $"{Year(work.Start!.Value)}–{Year(work.Eind!.Value)}",
        };
    }

    /// <summary>"Riolering vervangen of aanleggen Kerkstraat (Gemeente, 2027)": the soort says what, the owner who, the
    /// period when.</summary>
    public static string Describe(AgendaWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return $"{work.Soort}{(work.Naam is null ? null : $" {work.Naam}")} ({work.Eigenaar ?? "eigenaar onbekend"}, {Period(work)})";
    }

    /// <summary>The owner as the timeline and the tables name it.</summary>
    public static string Owner(AgendaWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Eigenaar ?? "Eigenaar onbekend";
    }

    /// <summary>"Straat één keer open: A + B", with a caveat when a work is known only by its buurt.</summary>
    public static string Combination(AgendaCombination combination)
    {
        ArgumentNullException.ThrowIfNull(combination);
        var works = string.Join(" + ", combination.Works.Select(Describe));
        return combination.Works.Any(w => w.BuurtOnly)
            ? $"{combination.KoppelkansName}: {works} — in dezelfde buurt; {StreetUnknown}"
            : $"{combination.KoppelkansName}: {works}";
    }

    /// <summary>Which two plans lie too far apart, and how close they must come for the koppelkans.</summary>
    public static string Shift(AgendaShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var where = BuurtOnly(shift.First, shift.Second) ? $"in dezelfde buurt ({StreetUnknown})" : "in dezelfde straat";
        return $"{Describe(shift.First)} en {Describe(shift.Second)} liggen {where}, maar {Years(shift.YearsApart)} uit elkaar. "
            + $"Schuif één planning naar hooguit {Years(shift.WithinYears)} ertussen voor {shift.KoppelkansName}.";
    }

    /// <summary>The same street opened twice, and how soon after each other.</summary>
    public static string Conflict(AgendaConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var when = conflict.YearsApart == 0 ? "in dezelfde periode" : $"{Years(conflict.YearsApart)} na elkaar";
        return BuurtOnly(conflict.First, conflict.Second)
            ? $"Misschien gaat een straat twee keer open: {Describe(conflict.First)} en {Describe(conflict.Second)}, {when}, in dezelfde buurt ({StreetUnknown})."
            : $"De straat gaat twee keer open: {Describe(conflict.First)} en {Describe(conflict.Second)}, {when}.";
    }

    // A work of a list by buurt code covers its whole buurt: whether the two share a street, nobody knows yet.
    private const string StreetUnknown = "de straat is niet bekend, want een werk is alleen per buurtcode opgegeven";

    private static bool BuurtOnly(AgendaWork first, AgendaWork second) => first.BuurtOnly || second.BuurtOnly;

    /// <summary>"1 jaar", "6 jaar".</summary>
    public static string Years(int years) => years == 1 ? "1 jaar" : $"{Year(years)} jaar";

    /// <summary>A year without thousands separator, whatever the culture.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
