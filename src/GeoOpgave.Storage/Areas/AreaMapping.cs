using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Indicators;

namespace GeoOpgave.Storage.Areas;

/// <summary>Between Core records and stored entities.</summary>
internal static class AreaMapping
{
    public static AreaEntity ToEntity(Area area)
    {
        var geometry = area.Geometry;
        if (geometry.SRID != Srid.RdNew)
        {
            // SRID 0 is "not said": the caller's coordinates are RD New by the house rule, so label them.
            if (geometry.SRID != 0)
            {
                throw new ArgumentException(
                    $"Area {area.Code} has SRID {geometry.SRID}; transform it to RD New ({Srid.RdNew}) before storing.",
                    nameof(area));
            }

            geometry = geometry.Copy();
            geometry.SRID = Srid.RdNew;
        }

        return new AreaEntity
        {
            Code = area.Code,
            Name = area.Name,
            Level = area.Level,
            GemeenteCode = area.GemeenteCode,
            WijkCode = area.WijkCode,
            Year = area.Year,
            Geometry = geometry,
        };
    }

    public static Area ToArea(AreaEntity entity) =>
        new(entity.Code, entity.Name, entity.Level, entity.GemeenteCode, entity.WijkCode, entity.Year, entity.Geometry);

    public static IndicatorValueEntity ToEntity(IndicatorValue value) => new()
    {
        AreaCode = value.AreaCode,
        IndicatorId = value.IndicatorId,
        Year = value.Year,
        Value = value.Value,
        Source = value.Source,
    };

    public static IndicatorValue ToIndicatorValue(IndicatorValueEntity entity) =>
        new(entity.AreaCode, entity.IndicatorId, entity.Year, entity.Value) { Source = entity.Source };
}
