using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>Name and notes for the buurten picked with shift-click, saved as a selectie by the page.</summary>
public sealed partial class SelectieForm
{
    /// <summary>
    /// Saves (name, notes) for the current selection; returns null when saved, otherwise the reason in Dutch
    /// (for instance that the name is taken).
    /// </summary>
    [Parameter, EditorRequired]
    public Func<string, string, Task<string?>> Save { get; set; } = default!;

    private string Name { get; set; } = string.Empty;

    private string Notes { get; set; } = string.Empty;

    private string? Error { get; set; }

    private string? SavedName { get; set; }

    private bool Busy { get; set; }

    private async Task SubmitAsync()
    {
        SavedName = null;
        if (string.IsNullOrWhiteSpace(Name))
        {
            Error = "Geef de selectie een naam.";
            return;
        }

        Busy = true;
        try
        {
            Error = await Save(Name.Trim(), Notes);
        }
        finally
        {
            Busy = false;
        }

        if (Error is null)
        {
            SavedName = Name.Trim();
            (Name, Notes) = (string.Empty, string.Empty);
        }
    }
}
