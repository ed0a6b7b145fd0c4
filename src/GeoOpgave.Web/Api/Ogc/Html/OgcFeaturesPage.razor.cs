using System.Text.Json.Nodes;
using GeoOpgave.Application.Export;
using Microsoft.AspNetCore.Components;
using NetTopologySuite.Features;

namespace GeoOpgave.Web.Api.Ogc.Html;

public sealed partial class OgcFeaturesPage
{
    [Parameter, EditorRequired]
    public FeatureCollectionInfo Info { get; set; } = null!;

    [Parameter, EditorRequired]
    public IReadOnlyList<IFeature> Features { get; set; } = [];

    [Parameter]
    public JsonArray? Links { get; set; }

    /// <summary>The address of a feature without its id, e.g. <c>…/collections/buurten/items/</c>.</summary>
    [Parameter, EditorRequired]
    public string ItemUrlPrefix { get; set; } = string.Empty;

    // Every property any feature of the page has, in first-seen order: a page may mix features with different
    // attributes.
    private List<string> Columns { get; set; } = [];

    protected override void OnParametersSet() =>
        Columns = Features.SelectMany(f => f.Attributes?.GetNames() ?? []).Distinct(StringComparer.Ordinal).ToList();

    private static string Text(IFeature feature, string column) =>
        FeatureFilter.Text(feature.Attributes?.GetOptionalValue(column));

    private string ItemHref(string id) => $"{ItemUrlPrefix}{Uri.EscapeDataString(id)}?f=html";
}
