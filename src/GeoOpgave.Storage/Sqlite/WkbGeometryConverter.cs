using GeoOpgave.Core.Crs;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Storage.Sqlite;

/// <summary>
/// Stores a geometry as a plain little-endian WKB blob. WKB carries no SRID, and everything GeoOpgave
/// stores is RD New, so the SRID 28992 is put back on read.
/// </summary>
public sealed class WkbGeometryConverter : ValueConverter<Geometry, byte[]>
{
    public WkbGeometryConverter()
        : base(g => ToWkb(g), b => FromWkb(b))
    {
    }

    public static byte[] ToWkb(Geometry geometry) =>
        new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false).Write(geometry);

    public static Geometry FromWkb(byte[] wkb)
    {
        var geometry = new WKBReader().Read(wkb);
        geometry.SRID = Srid.RdNew;
        return geometry;
    }
}
