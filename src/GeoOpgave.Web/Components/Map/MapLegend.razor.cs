using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Map;

/// <summary>The legend of the map: what each colour means and how the classes were made.</summary>
public sealed partial class MapLegend
{
    /// <summary>What the map shows; null for the overlap colours the map starts with.</summary>
    [Parameter]
    public Choropleth? Choropleth { get; set; }

    private string Title => Choropleth?.Title ?? "Aantal urgente opgaven";

    private string? Note => Choropleth is null ? ChoroplethBuilder.OverlapNote : Choropleth.Note;

    private IEnumerable<LegendEntry> Entries => Choropleth?.Legend ?? DefaultEntries();

    private static IEnumerable<LegendEntry> DefaultEntries() => OverlapPalette.Colours
        .Select((c, i) => new LegendEntry(c, i == OverlapPalette.Colours.Count - 1
            ? $"{i.ToString(CultureInfo.InvariantCulture)} of meer"
            : i.ToString(CultureInfo.InvariantCulture)))
        .Append(new LegendEntry(OverlapPalette.OnbekendColour, "onbekend", Onbekend: true));
}
