using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Core.Tests.Indicators;

public class IndicatorColumnTests
{
    private const string Gas = "gemiddeld_gasverbruik_totaal";
    private const string Square = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";

    [Fact]
    public void Aligned_AreasInTheirOrder_NaNWhereUnknownOrNotFinite()
    {
        var column = IndicatorColumn.Of(Gas, [
            new("BU00000002", Gas, 2024, 1200),
            new("BU00000001", Gas, 2024, null),
            new("BU00000003", Gas, 2024, double.PositiveInfinity),
        ]);
        Area[] areas = [Buurt("BU00000003"), Buurt("BU00000002"), Buurt("BU00000001"), Buurt("BU00000004")];

        var aligned = column.Aligned(areas);

        Assert.Equal([double.NaN, 1200, double.NaN, double.NaN], aligned);
    }

    [Fact]
    public void Aligned_SameListAgain_TheSameArray_AnotherList_ReadAnew()
    {
        var column = IndicatorColumn.Of(Gas, [new("BU00000001", Gas, 2024, 900), new("BU00000002", Gas, 2024, 1100)]);
        Area[] first = [Buurt("BU00000001"), Buurt("BU00000002")];
        Area[] other = [Buurt("BU00000002")];

        var once = column.Aligned(first);
        var again = column.Aligned(first);
        var elsewhere = column.Aligned(other);

        Assert.Same(once, again);
        Assert.Equal([1100.0], elsewhere);
        Assert.Equal([900.0, 1100], column.Aligned(first));
    }

    private static Area Buurt(string code) => TestAreas.Buurt(code, Square);
}
