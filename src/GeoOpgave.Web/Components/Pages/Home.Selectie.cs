using GeoOpgave.Application.Selecties;
using GeoOpgave.Core.Selecties;
using GeoOpgave.Web.Components.Map;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>The map page's selection of several buurten, which a planner saves as a selectie.</summary>
public sealed partial class Home
{
    private void ToggleInSelectie(string code)
    {
        if (!SelectieCodes.Remove(code))
        {
            SelectieCodes.Add(code);
        }
    }

    private void ClearSelectie() => SelectieCodes.Clear();

    private void AddToSelectie(string code)
    {
        if (_byCode.ContainsKey(code) && !SelectieCodes.Contains(code))
        {
            SelectieCodes.Add(code);
        }
    }

    // A drawn shape adds to the selection, so several rectangles can build one selectie.
    private void SelectInShape(Geometry areaWgs84)
    {
        foreach (var code in BuurtenInShape.Codes(_byCode.Values, areaWgs84))
        {
            AddToSelectie(code);
        }
    }

    private async Task ShowFromSelectieAsync(string code)
    {
        await ZoomToCodesAsync([code]);
        await SelectAsync(code);
    }

    private async Task ZoomToCodesAsync(IEnumerable<string> codes)
    {
        if (_map is not null)
        {
            await _map.ZoomToAsync(
                MapBounds.Of(codes.Select(c => _byCode.GetValueOrDefault(c)?.Buurt.Geometry).OfType<Geometry>())
            );
        }
    }

    // A saved wijk stands for all its buurten, so the map shows and the agenda link carries buurten only.
    private async Task OpenSelectieAsync(Selectie selectie)
    {
        var codes = selectie.Codes.ToHashSet(StringComparer.Ordinal);
        SelectieCodes.Clear();
        SelectieCodes.AddRange(_byCode.Values
            .Where(b => codes.Contains(b.Buurt.Code) || (b.Buurt.WijkCode is { } wijk && codes.Contains(wijk)))
            .Select(b => b.Buurt.Code)
            .Order(StringComparer.Ordinal));
        if (SelectieCodes.Count > 0)
        {
            await ZoomToCodesAsync(SelectieCodes);
        }
    }
}
