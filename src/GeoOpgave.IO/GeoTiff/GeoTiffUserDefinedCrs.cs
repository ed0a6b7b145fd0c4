using System.Globalization;
using BitMiracle.LibTiff.Classic;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.GeoTiff;

/// <summary>
/// A projected CRS spelled out in the GeoKeys instead of named by EPSG code (ProjectedCSTypeGeoKey =
/// user-defined, parameters in GeoDoubleParams), as some GIS software writes RD New. Recognised as RD New when
/// the method, parameters, ellipsoid and unit are RD New's (or the projection is EPSG 19914, "RD New");
/// anything else is refused with the parameters in the message, never silently read in the wrong place.
/// </summary>
internal static class GeoTiffUserDefinedCrs
{
    private const int GeographicType = 2048;
    private const int GeodeticDatum = 2050;
    private const int Ellipsoid = 2056;
    private const int SemiMajorAxis = 2057;
    private const int Projection = 3074;
    private const int CoordTransform = 3075;
    private const int LinearUnits = 3076;
    private const int NatOriginLong = 3080;
    private const int NatOriginLat = 3081;
    private const int FalseEasting = 3082;
    private const int FalseNorthing = 3083;
    private const int ScaleAtNatOrigin = 3092;
    private const int ObliqueStereographic = 16;
    private const int RdNewProjection = 19914;
    private const int Metre = 9001;

    /// <summary>RD New (28992) when the keys describe it, else null with an <see cref="IssueKind.UnknownCrs"/>
    /// error.</summary>
    public static int? Recognise(Tiff tiff, IssueLog log)
    {
        var keys = new GeoKeyValues(tiff);
        if (IsRdNew(keys))
        {
            log.Info(
                IssueKind.UnknownCrs,
                "Het coördinatenstelsel van het raster staat er als eigen (user-defined) projectie in; de parameters zijn die van RD New (EPSG:28992) en zo is het gelezen."
            );
            return Srid.RdNew;
        }

        log.Error(
            IssueKind.UnknownCrs,
            $"Het raster heeft een eigen (user-defined) projectie die niet RD New is ({Describe(keys)}). GeoOpgave leest alleen RD New: "
                + "herprojecteer het eerst (bijv. gdalwarp -t_srs EPSG:28992), of geef --crs EPSG:28992 op als u zeker weet dat het RD New is."
        );
        return null;
    }

    private static bool IsRdNew(GeoKeyValues keys)
    {
        var bessel =
            keys.Short(GeographicType) == 4289
            || keys.Short(GeodeticDatum) == 6289
            || keys.Short(Ellipsoid) == 7004
            || Near(keys.Double(SemiMajorAxis), 6_377_397.155, 0.01);
        var metres = keys.Short(LinearUnits) is null or Metre;
        if (keys.Short(Projection) == RdNewProjection)
        {
            return metres;
        }

        return bessel
            && metres
            && keys.Short(CoordTransform) == ObliqueStereographic
            && Near(keys.Double(NatOriginLat), 52.156160556, 1e-6)
            && Near(keys.Double(NatOriginLong), 5.387638889, 1e-6)
            && Near(keys.Double(ScaleAtNatOrigin), 0.9999079, 1e-7)
            && Near(keys.Double(FalseEasting), 155_000, 0.01) && Near(keys.Double(FalseNorthing), 463_000, 0.01);
    }

    private static bool Near(double? value, double expected, double tolerance) =>
        value is { } v && Math.Abs(v - expected) <= tolerance;

    private static string Describe(GeoKeyValues keys)
    {
        string Number(int key) => keys.Double(key)?.ToString("0.#########", CultureInfo.InvariantCulture) ?? "?";
        string Code(int key) => keys.Short(key)?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return $"projectiemethode {Code(CoordTransform)}, oorsprong {Number(NatOriginLat)}°N {Number(NatOriginLong)}°E, schaal {Number(ScaleAtNatOrigin)}, "
            + $"false easting/northing {Number(FalseEasting)}/{Number(FalseNorthing)}, datum {Code(GeodeticDatum)}, ellipsoïde {Code(Ellipsoid)}, eenheid {Code(LinearUnits)}";
    }

    /// <summary>The GeoKeys of a TIFF, with the values that live in the GeoDoubleParams tag resolved.</summary>
    private sealed class GeoKeyValues(Tiff tiff)
    {
        private const int DoubleParamsLocation = 34736;

        private readonly ushort[] _keys = tiff.GetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG) is { Length: > 0 } k
            ? k[^1].ToUShortArray()
            : [];
        private readonly double[] _doubles = tiff.GetField(TiffTag.GEOTIFF_GEODOUBLEPARAMSTAG) is { Length: > 0 } d
            ? d[^1].ToDoubleArray()
            : [];

        public int? Short(int key) => Find(key) is { Location: 0 } entry ? entry.Value : null;

        public double? Double(int key) =>
            Find(key) is { Location: DoubleParamsLocation } entry && entry.Value < _doubles.Length
                ? _doubles[entry.Value]
                : null;

        private (int Location, int Value)? Find(int key)
        {
            for (var i = 4; i + 3 < _keys.Length; i += 4)
            {
                if (_keys[i] == key)
                {
                    return (_keys[i + 1], _keys[i + 3]);
                }
            }

            return null;
        }
    }
}
