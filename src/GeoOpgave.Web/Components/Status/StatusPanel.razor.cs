using System.Globalization;
using GeoOpgave.Application.Status;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Status;

/// <summary>Per opgave how many buurten are scored, and per indicator where it is missing and where to get
/// it.</summary>
public sealed partial class StatusPanel
{
    [Parameter, EditorRequired]
    public WorkspaceStatus Status { get; set; } = default!;

    /// <summary>False on the bestuurder's overview: only the opgaven and their warnings.</summary>
    [Parameter]
    public bool ShowMissing { get; set; } = true;

    private static string YearsText(IndicatorStatus indicator) =>
        indicator.Years switch
        {
            [] => string.Empty,
            [var year] => string.Create(CultureInfo.InvariantCulture, $"; de bekende waarden zijn van {year}"),
            [var first, .., var last] => string.Create(
                CultureInfo.InvariantCulture,
                $"; de bekende waarden zijn van {first}–{last}"
            ),
        };
}
