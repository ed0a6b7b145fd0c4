using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// The one refusal ("geen-buurten") of everything that needs buurten, saying what the workspace does hold and what to
/// load. A workspace with a gemeente's real wijken must not be told to load the demo, which would replace them.
/// </summary>
internal static class NoBuurten
{
    public const string Code = "geen-buurten";

    /// <summary>The refusal for a workspace without buurten of <paramref name="year"/> (null: of any year).</summary>
    public static async Task<GeoOpgaveException> RefusalAsync(
        WorkspaceStore store,
        int? year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var buurtYears = await store.GetAreaYearsAsync(AreaLevel.Buurt, cancellationToken);
        if (year is { } asked && buurtYears.Count > 0)
        {
            var years = string.Join(", ", buurtYears);
            var state = $"Er zijn geen buurten van {asked}; de werkruimte heeft buurten van {years}";
            return Refusal($"{state}. Kies een van die jaren, of importeer een buurtenkaart van {asked}", null);
        }

        var wijkYears = await store.GetAreaYearsAsync(AreaLevel.Wijk, cancellationToken);
        var gemeenteYears = await store.GetAreaYearsAsync(AreaLevel.Gemeente, cancellationToken);
        if ((year ?? wijkYears.Concat(gemeenteYears).DefaultIfEmpty().Max()) is not (> 0 and var shown))
        {
            return Refusal("De werkruimte bevat nog geen gebieden; importeer een wijk- en buurtkaart", "of laad de demo");
        }

        var wijken = (await store.GetAreaCodesAsync(AreaLevel.Wijk, shown, cancellationToken)).Count;
        var gemeenten = (await store.GetAreaCodesAsync(AreaLevel.Gemeente, shown, cancellationToken)).Count;
        var held = wijken > 0
            ? (wijken == 1 ? "1 wijk" : $"{wijken} wijken")
            : (gemeenten == 1 ? "1 gemeente" : $"{gemeenten} gemeenten");
        return Refusal($"De werkruimte heeft {held} ({shown}) maar geen buurten; importeer een buurtenkaart", null);
    }

    // The CLI and the API name the command; a browser user gets the page instead (GeoOpgaveException.BrowserMessage).
    private static GeoOpgaveException Refusal(string what, string? orDemo) => new(
        Code,
        $"{what} met 'geoopgave import BESTAND --as-areas' of via Lagen"
            + (orDemo is null ? "." : $" ({orDemo}: 'geoopgave demo')."))
    {
        BrowserMessage = $"{what} op de pagina Lagen, als gebieden" + (orDemo is null ? "." : $" ({orDemo}).")
    };
}
