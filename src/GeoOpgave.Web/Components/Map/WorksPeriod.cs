using System.Globalization;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// The period of planned works the map shows: the years <paramref name="Van"/> through <paramref name="Tot"/>, chosen
/// within <paramref name="First"/>–<paramref name="Last"/>, the years the workspace's works run in. A work is shown
/// when its period overlaps the chosen one, as <c>/api/werken?van=&amp;tot=</c> decides.
/// </summary>
public sealed record WorksPeriod(int First, int Last, int Van, int Tot)
{
    /// <summary>The whole span of the works with a known start; null when there are none.</summary>
    public static WorksPeriod? Of(IEnumerable<PlannedWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var dated = works.Where(w => w.Start is not null).ToArray();
        if (dated.Length == 0)
        {
            return null;
        }

        var first = dated.Min(w => w.Start!.Value);
        var last = dated.Max(w => Math.Max(w.Start!.Value, w.Eind ?? w.Start.Value));
        return new WorksPeriod(first, last, first, last);
    }

    /// <summary>The period from <paramref name="van"/>; the end moves along when it would come before it.</summary>
    public WorksPeriod WithVan(int van)
    {
        var year = Math.Clamp(van, First, Last);
        return this with { Van = year, Tot = Math.Max(Tot, year) };
    }

    /// <summary>The period through <paramref name="tot"/>; the start moves along when it would come after it.</summary>
    public WorksPeriod WithTot(int tot)
    {
        var year = Math.Clamp(tot, First, Last);
        return this with { Tot = year, Van = Math.Min(Van, year) };
    }

    /// <summary>The works of the period as GeoJSON, relative to the page.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"api/werken?van={Van}&tot={Tot}");

    /// <summary>"2026–2031", or "2027" for a single year.</summary>
    public string Text => Van == Tot
        ? Van.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Van}–{Tot}");
}
