using System.Buffers.Binary;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.Tests.Shared;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.Tests.GeoPackage;

/// <summary>
/// The geometry blobs as files bring them: plain polygons are copied straight from the WKB, everything else is read
/// by NTS, and both must give the same geometries and the same refusals.
/// </summary>
public sealed class GeoPackageGeometryBlobTests : IDisposable
{
    private const string Holed =
        "POLYGON ((155000 463000, 155300 463000, 155300 463300, 155000 463300, 155000 463000), "
        + "(155100 463100, 155100 463200, 155200 463200, 155200 463100, 155100 463100))";
    private const string TwoParts =
        "MULTIPOLYGON (((156000 464000, 156100 464000, 156100 464100, 156000 464000)), "
        + "((157000 464000, 157300 464000, 157300 464300, 157000 464300, 157000 464000), "
        + "(157100 464100, 157100 464200, 157200 464200, 157200 464100, 157100 464100)))";
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_PolygonsMultiPolygonsBigEndianAndZ_SameGeometriesAsTheirWkt()
    {
        var path = _files.PathOf("vormen.gpkg");
        var withZ = "POLYGON Z ((155000 463000 1, 155100 463000 2, 155100 463100 3, 155000 463000 1))";
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 28992,
            [Wkb(Holed, ByteOrder.LittleEndian), "gat"],
            [Wkb(TwoParts, ByteOrder.LittleEndian), "twee"],
            [Wkb(TwoParts, ByteOrder.BigEndian), "big-endian"],
            [Blob(new WKBWriter(ByteOrder.LittleEndian, false, true).Write(new WKTReader().Read(withZ))), "z"]);

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var geometries = result.Value.Features.Select(f => f.Geometry).ToList();
        var reader = new WKTReader();
        Assert.True(geometries[0].EqualsExact(reader.Read(Holed)));
        Assert.True(geometries[1].EqualsExact(reader.Read(TwoParts)));
        Assert.True(geometries[2].EqualsExact(reader.Read(TwoParts)));
        Assert.Equal(3.0, geometries[3].Coordinates[2].Z);
        Assert.All(geometries, g => Assert.Equal(28992, g.SRID));
    }

    [Fact]
    public void Read_UnclosedRingHugeCountOrTextGeometry_ReportsEachAsBrokenAndKeepsTheRest()
    {
        var path = _files.PathOf("kapot.gpkg");
        var unclosed = Blob(PolygonWkb(4, [155000, 463000, 155100, 463000, 155100, 463100, 155000, 463100]));
        // Claims two billion points in a ring of four: no array of that size may be made.
        var huge = Blob(PolygonWkb(int.MaxValue, [155000, 463000, 155100, 463000, 155100, 463100, 155000, 463000]));
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 28992,
            [Holed, "goed"], [unclosed, "open ring"], [huge, "te groot"]);
        ReaderGpkgBuilder.Execute(path, "INSERT INTO buurten (geom, naam) VALUES ('POLYGON ((0 0, 1 0, 1 1, 0 0))', 'tekst')");

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.Equal([1, 2, 3], result.Errors.Select(e => e.FeatureIndex));
        Assert.All(result.Errors, e => Assert.Equal((IssueKind.BrokenGeometry, "geom"), (e.Kind, e.Field)));
        Assert.Equal("goed", Assert.Single(result.Value!.Features).Attributes["naam"]);
    }

    [Fact]
    public void Read_GeometryColumnNotInTable_SaysWhichColumnIsMissing()
    {
        var path = _files.PathOf("zonder-kolom.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", "naam TEXT", 28992, [Holed, "goed"]);
        ReaderGpkgBuilder.Execute(path, "UPDATE gpkg_geometry_columns SET column_name = 'vorm'");

        var result = GeoPackageReader.Read(path, "buurten");

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(IssueKind.MissingGeometry, issue.Kind);
        Assert.Contains("'vorm'", issue.Message, StringComparison.Ordinal);
    }

    /// <summary>A 2D blob as GDAL writes one, in the byte order given.</summary>
    private static byte[] Wkb(string wkt, ByteOrder order) =>
        Blob(new WKBWriter(order, handleSRID: false, emitZ: false).Write(new WKTReader().Read(wkt)));

    private static byte[] Blob(byte[] wkb)
    {
        // "GP", version 0, flags: little-endian header without envelope, SRID 28992.
        var blob = new byte[8 + wkb.Length];
        (blob[0], blob[1], blob[2], blob[3]) = ((byte)'G', (byte)'P', 0, 1);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), 28992);
        wkb.CopyTo(blob, 8);
        return blob;
    }

    private static byte[] PolygonWkb(int declaredPoints, double[] xy)
    {
        var wkb = new byte[1 + 4 + 4 + 4 + (xy.Length * 8)];
        wkb[0] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(wkb.AsSpan(1), 3);
        BinaryPrimitives.WriteInt32LittleEndian(wkb.AsSpan(5), 1);
        BinaryPrimitives.WriteInt32LittleEndian(wkb.AsSpan(9), declaredPoints);
        for (var i = 0; i < xy.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(wkb.AsSpan(13 + (i * 8)), xy[i]);
        }

        return wkb;
    }
}
