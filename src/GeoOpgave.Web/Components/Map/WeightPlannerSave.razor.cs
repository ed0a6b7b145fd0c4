using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// Saves the planner's weights and threshold as a new profiel version (name and notes). Shown to planners only;
/// the policy is checked again on save, because a hidden button is not a permission.
/// </summary>
public sealed partial class WeightPlannerSave
{
    [Inject]
    private ProfileVersionService Versions { get; set; } = default!;

    [Inject]
    private ProfileCatalog Catalog { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlannerState State { get; set; } = default!;

    private string Name { get; set; } = string.Empty;

    private string Notes { get; set; } = string.Empty;

    private string? Error { get; set; }

    private ProfileListing? Saved { get; set; }

    private bool Busy { get; set; }

    private async Task SubmitAsync()
    {
        (Error, Saved, Busy) = (null, null, true);
        try
        {
            if (!await MayEditAsync())
            {
                Error = "Alleen een planner kan een profielversie bewaren.";
                return;
            }

            var json = ProfileDocument.WithWeights(
                Catalog.DocumentOf(Profile.Id),
                State.Weights,
                State.UrgentThreshold,
                Name
            );
            if (json is null)
            {
                Error = "Het ingestelde belang past niet meer bij dit profiel; laad de pagina opnieuw.";
                return;
            }

            var result = await Versions.SaveAsync(json, Notes, CancellationToken.None);
            Saved = result.Saved;
            Error = result.Succeeded ? null : string.Join(" ", result.Issues.Select(i => $"{i.Field}: {i.Message}"));
            (Name, Notes) = result.Succeeded ? (string.Empty, string.Empty) : (Name, Notes);
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task<bool> MayEditAsync()
    {
        if (AuthenticationState is null)
        {
            return false;
        }

        var user = (await AuthenticationState).User;
        return (await Authorization.AuthorizeAsync(user, Policies.Planner)).Succeeded;
    }
}
