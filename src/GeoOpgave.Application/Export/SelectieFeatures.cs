using System.Globalization;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Selecties;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The saved selecties as features: geometry the union of their buurten (a selected wijk counts with all its
/// buurten) in RD New, properties id, naam, notities, buurtcodes (';'-separated), profiel, aangemaakt and gewijzigd
/// (ISO 8601, UTC). A selectie none of whose buurten exist (any more) gets an empty geometry.
/// </summary>
public static class SelectieFeatures
{
    public const string IdAttribute = "id";

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.RdNew);

    public static IReadOnlyList<IFeature> Build(IReadOnlyList<Selectie> selecties, IReadOnlyList<Area> buurten)
    {
        ArgumentNullException.ThrowIfNull(selecties);
        ArgumentNullException.ThrowIfNull(buurten);
        return selecties.Select(s => Build(s, buurten)).ToList();
    }

    private static IFeature Build(Selectie selectie, IReadOnlyList<Area> buurten)
    {
        var codes = selectie.Codes.ToHashSet(StringComparer.Ordinal);
        var members = buurten.Where(b => codes.Contains(b.Code) || (b.WijkCode is { } w && codes.Contains(w))).ToList();
        var geometry =
            members.Count == 0
                ? Factory.CreateMultiPolygon()
                : UnaryUnionOp.Union(members.Select(b => b.Geometry).ToList());
        geometry.SRID = Srid.RdNew;
        var attributes = new AttributesTable
        {
            { IdAttribute, selectie.Id },
            { "naam", selectie.Name },
            { "notities", selectie.Notes },
            { "buurtcodes", string.Join(';', members.Select(b => b.Code)) },
            { "profiel", selectie.ProfielId },
            { "aangemaakt", Timestamp(selectie.CreatedAt) },
            { "gewijzigd", Timestamp(selectie.UpdatedAt) },
        };
        return new Feature(geometry, attributes);
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
