using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.Tests.GeoPackage;

public sealed class GeoPackageWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gpkgwriter").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Write_TwoLayers_WritesGeoPackageMetadata()
    {
        var path = Path.Combine(_dir, "a.gpkg");

        GeoPackageWriter.Write(path, [Buurten(), Punten()]);

        using var db = Open(path);
        Assert.Equal(0x47504B47L, Scalar(db, "PRAGMA application_id"));
        Assert.Equal(10300L, Scalar(db, "PRAGMA user_version"));
        Assert.Equal(4L, Scalar(db, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326, 28992)"));
        Assert.Contains(
            "Amersfoort / RD New",
            (string)Scalar(db, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 28992")!,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "POLYGON",
            Scalar(db, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'buurten'")
        );
        Assert.Equal(
            "POINT",
            Scalar(db, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'punten'")
        );
        Assert.Equal(155000.0, Scalar(db, "SELECT min_x FROM gpkg_contents WHERE table_name = 'buurten'"));
        Assert.Equal(463100.0, Scalar(db, "SELECT max_y FROM gpkg_contents WHERE table_name = 'buurten'"));
        Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM rtree_buurten_geom"));
        Assert.Equal(
            1L,
            Scalar(
                db,
                "SELECT id FROM rtree_buurten_geom WHERE minx <= 155050 AND maxx >= 155050 AND miny <= 463050 AND maxy >= 463050"
            )
        );
        Assert.Equal(
            1L,
            Scalar(
                db,
                "SELECT count(*) FROM gpkg_extensions WHERE table_name = 'buurten' AND extension_name = 'gpkg_rtree_index'"
            )
        );
    }

    [Fact]
    public void Write_Polygon_BlobRoundTripsWithEnvelope()
    {
        var path = Path.Combine(_dir, "b.gpkg");

        GeoPackageWriter.Write(path, [Buurten()]);

        using var db = Open(path);
        var blob = (byte[])Scalar(db, "SELECT geom FROM buurten WHERE fid = 1")!;
        Assert.Equal((byte)'G', blob[0]);
        Assert.Equal((byte)'P', blob[1]);
        Assert.Equal(0b0000_0010, blob[3] & 0b0000_1110);
        Assert.Equal(28992, BitConverter.ToInt32(blob, 4));
        var geometry = new GeoPackageGeoReader().Read(blob);
        Assert.True(
            geometry.EqualsExact(
                WriterTestLayers.Read(
                    "POLYGON ((155000 463000, 155100 463000, 155100 463100, 155000 463100, 155000 463000))"
                )
            )
        );
    }

    [Fact]
    public void Write_MixedValues_InfersColumnTypes()
    {
        var path = Path.Combine(_dir, "c.gpkg");

        GeoPackageWriter.Write(path, [Buurten()]);

        using var db = Open(path);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = db.CreateCommand())
        {
            command.CommandText = "PRAGMA table_info(buurten)";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(1)] = reader.GetString(2);
            }
        }

        Assert.Equal("INTEGER", types["fid"]);
        Assert.Equal("TEXT", types["buurtcode"]);
        Assert.Equal("INTEGER", types["aantal_inwoners"]);
        Assert.Equal("REAL", types["gemiddelde_woningwaarde"]);
        Assert.Equal("TEXT", types["leeg"]);
        Assert.Equal(DBNull.Value, Scalar(db, "SELECT aantal_inwoners FROM buurten WHERE fid = 2"));
        Assert.Equal(310.5, Scalar(db, "SELECT gemiddelde_woningwaarde FROM buurten WHERE fid = 2"));
    }

    [Fact]
    public void Write_PolygonsAndMultiPolygons_PromotesToMultiPolygon()
    {
        var path = Path.Combine(_dir, "d.gpkg");
        var layer = new VectorLayer("mix", 28992,
        [
            WriterTestLayers.Feature("POLYGON ((0 0, 1 0, 1 1, 0 0))", []),
            WriterTestLayers.Feature("MULTIPOLYGON (((5 5, 6 5, 6 6, 5 5)), ((8 8, 9 8, 9 9, 8 8)))", []),
        ]);

        GeoPackageWriter.Write(path, [layer]);

        using var db = Open(path);
        Assert.Equal("MULTIPOLYGON", Scalar(db, "SELECT geometry_type_name FROM gpkg_geometry_columns"));
        var first = new GeoPackageGeoReader().Read((byte[])Scalar(db, "SELECT geom FROM mix WHERE fid = 1")!);
        Assert.Equal("MultiPolygon", first.GeometryType);
    }

    [Fact]
    public void Write_AttributeNamedFid_ThrowsAndLeavesNoFile()
    {
        var path = Path.Combine(_dir, "e.gpkg");
        var layer = new VectorLayer("bad", 28992, [WriterTestLayers.Feature("POINT (1 1)", new() { ["fid"] = 3L })]);

        Assert.Throws<ArgumentException>(() => GeoPackageWriter.Write(path, [layer]));

        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_FixedClock_IsByteForByteRepeatable()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var first = Path.Combine(_dir, "g1.gpkg");
        var second = Path.Combine(_dir, "g2.gpkg");

        GeoPackageWriter.Write(first, [Buurten(), Punten()], clock);
        GeoPackageWriter.Write(second, [Buurten(), Punten()], clock);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var db = Open(first);
        Assert.Equal(
            "2024-07-01T00:00:00.000Z",
            Scalar(db, "SELECT last_change FROM gpkg_contents WHERE table_name = 'punten'")
        );
    }

    [Fact]
    public void Write_ReadByOgrinfo_ReportsNoWarnings()
    {
        var path = Path.Combine(_dir, "f.gpkg");
        GeoPackageWriter.Write(path, [Buurten(), Punten()]);

        var summary = WriterGdalTool.Run("ogrinfo", "-al", "-so", path);
        var features = WriterGdalTool.Run("ogrinfo", "-al", path);

        WriterGdalTool.AssertClean(summary);
        WriterGdalTool.AssertClean(features);
        Assert.Contains("naam (String) = Één", features, StringComparison.Ordinal);
        var output = summary;
        Assert.Contains("Layer name: buurten", output, StringComparison.Ordinal);
        Assert.Contains("gemiddelde_woningwaarde: Real", output, StringComparison.Ordinal);
        Assert.Contains("EPSG\",28992", output, StringComparison.Ordinal);
    }

    private static VectorLayer Buurten() =>
        new(
            "buurten",
            28992,
            [
                WriterTestLayers.Feature(
                    "POLYGON ((155000 463000, 155100 463000, 155100 463100, 155000 463100, 155000 463000))",
                    new()
                    {
                        ["buurtcode"] = "BU99990000",
                        ["aantal_inwoners"] = 120L,
                        ["gemiddelde_woningwaarde"] = 250L,
                        ["leeg"] = null,
                    }
                ),
                WriterTestLayers.Feature(
                    "POLYGON ((155100 463000, 155200 463000, 155200 463100, 155100 463000))",
                    new()
                    {
                        ["buurtcode"] = "BU99990001",
                        ["aantal_inwoners"] = null,
                        ["gemiddelde_woningwaarde"] = 310.5,
                        ["leeg"] = null,
                    }
                ),
            ]
        );

    private static VectorLayer Punten() => new("punten", 28992,
        [WriterTestLayers.Feature("POINT (155050 463050)", new() { ["naam"] = "Één" })]);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ConnectionString
        );
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
