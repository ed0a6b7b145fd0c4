using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.Validation;

/// <summary>Brings the geometries of one source layer from its srid to RD New.</summary>
internal sealed class LayerProjection
{
    private readonly GeometryTransformer? _transformer;

    private LayerProjection(GeometryTransformer? transformer) => _transformer = transformer;

    /// <summary>The projection for a srid, or null (with an issue logged) when GeoOpgave cannot transform it.</summary>
    public static LayerProjection? For(int srid, IssueLog log)
    {
        if (SourceCrs.IsSupported(srid))
        {
            return new LayerProjection(SourceCrs.ToRdNew(srid));
        }

        log.Error(
            IssueKind.UnknownCrs,
            $"Het coördinatenstelsel EPSG:{srid} wordt niet ondersteund; gebruik RD New (EPSG:28992), WGS84 (EPSG:4326) of Web Mercator (EPSG:3857)."
        );
        return null;
    }

    /// <summary>
    /// The geometry in RD New with srid 28992. A geometry already in RD New is returned itself with its srid set,
    /// not copied: the readers hand over geometries they have just parsed, and a copy of a national layer costs
    /// a second set of coordinates.
    /// </summary>
    public Geometry ToRdNew(Geometry geometry)
    {
        if (_transformer is not null)
        {
            return _transformer.Transform(geometry);
        }

        // Setting an SRID builds a new factory even when it does not change; the GeoPackage reader already gives RD
        // New.
        if (geometry.SRID != Srid.RdNew)
        {
            geometry.SRID = Srid.RdNew;
        }

        return geometry;
    }
}
