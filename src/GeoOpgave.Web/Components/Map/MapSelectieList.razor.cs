using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// The buurten of the selectie as a list of buttons, so the selection can be reviewed and trimmed with the
/// keyboard alone: each buurt can be shown (zoom and open its panel) or removed.
/// </summary>
public sealed partial class MapSelectieList
{
    /// <summary>The buurtcodes in the selection, in the order they were added.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Codes { get; set; } = [];

    /// <summary>Buurtnaam per code; a code without a name is shown as the code.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Names { get; set; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Raised with the code of the buurt to show.</summary>
    [Parameter]
    public EventCallback<string> OnShow { get; set; }

    /// <summary>Raised with the code of the buurt to take out of the selection.</summary>
    [Parameter]
    public EventCallback<string> OnRemove { get; set; }

    private string NameOf(string code) => Names.TryGetValue(code, out var name) ? $"{name} ({code})" : code;
}
