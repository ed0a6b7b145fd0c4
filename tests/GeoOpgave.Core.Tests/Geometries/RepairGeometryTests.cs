using GeoOpgave.Core.Geometries;
using GeoOpgave.Core.Issues;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Core.Tests.Geometries;

public class RepairGeometryTests
{
    private static readonly WKTReader Wkt = new(new NtsGeometryServices(PrecisionModel.Floating.Value, 28992));

    [Fact]
    public void Run_ValidPolygon_ReturnedItselfWithoutIssue()
    {
        var square = Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");

        var result = RepairGeometry.Run(square);

        Assert.Same(square, result.Geometry);
        Assert.Null(result.Kind);
        Assert.Null(result.Location);
    }

    [Fact]
    public void Run_Bowtie_RepairedIntoTwoTrianglesAtTheCrossing()
    {
        var result = RepairGeometry.Run(Wkt.Read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"));

        Assert.Equal(IssueKind.Repaired, result.Kind);
        Assert.Equal(new Coordinate(5, 5), result.Location);
        Assert.Null(result.PartIndex);
        Assert.NotNull(result.Reason);
        var repaired = Assert.IsType<MultiPolygon>(result.Geometry);
        Assert.True(repaired.IsValid);
        Assert.Equal(2, repaired.NumGeometries);
        Assert.Equal(50, repaired.Area, 9);
        Assert.Equal(28992, repaired.SRID);
    }

    [Fact]
    public void Run_RingWithTooFewDistinctPoints_RejectedAsBroken()
    {
        // Four points, closed, but only two distinct ones: a ring without area, nothing is left after the repair.
        var result = RepairGeometry.Run(Wkt.Read("POLYGON ((0 0, 10 10, 0 0, 0 0))"));

        Assert.Equal(IssueKind.BrokenGeometry, result.Kind);
        Assert.True(result.IsRejected);
        Assert.Equal(new Coordinate(0, 0), result.Location);
    }

    [Fact]
    public void Run_RingWithTooFewDistinctPointsOfAnyType_RejectedAsBroken()
    {
        var result = RepairGeometry.Run(Wkt.Read("POLYGON ((0 0, 10 10, 0 0, 0 0))"), RepairGeometryParameters.AnyType);

        Assert.Equal(IssueKind.BrokenGeometry, result.Kind);
        Assert.Null(result.Geometry);
    }

    [Theory]
    [InlineData("POLYGON EMPTY")]
    [InlineData("MULTIPOLYGON EMPTY")]
    [InlineData(null)]
    public void Run_EmptyOrMissing_RejectedAsEmpty(string? wkt)
    {
        var result = RepairGeometry.Run(wkt is null ? null : Wkt.Read(wkt));

        Assert.Equal(IssueKind.EmptyGeometry, result.Kind);
        Assert.True(result.IsRejected);
        Assert.Null(result.Location);
    }

    [Theory]
    [InlineData("LINESTRING (0 0, 10 10)")]
    [InlineData("POINT (1 1)")]
    [InlineData("GEOMETRYCOLLECTION (POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)))")]
    public void Run_NotPolygonal_RejectedAsUnsupported(string wkt)
    {
        var result = RepairGeometry.Run(Wkt.Read(wkt), RepairGeometryParameters.Polygonal);

        Assert.Equal(IssueKind.UnsupportedGeometry, result.Kind);
        Assert.True(result.IsRejected);
    }

    [Fact]
    public void Run_LineWhereAnyTypeIsAllowed_ReturnedItself()
    {
        var line = Wkt.Read("LINESTRING (0 0, 10 10, 10 0, 0 10)");

        var result = RepairGeometry.Run(line, RepairGeometryParameters.AnyType);

        Assert.Same(line, result.Geometry);
        Assert.Null(result.Kind);
    }

    [Fact]
    public void Run_MultiPolygonWithOneBadPart_RepairedAndThePartNamed()
    {
        var square = "((0 0, 10 0, 10 10, 0 10, 0 0))";
        var bowtie = "((20 0, 30 10, 30 0, 20 10, 20 0))";

        var result = RepairGeometry.Run(Wkt.Read($"MULTIPOLYGON ({square}, {bowtie})"));

        Assert.Equal(IssueKind.Repaired, result.Kind);
        Assert.Equal(1, result.PartIndex);
        Assert.Equal(new Coordinate(25, 5), result.Location);
        Assert.NotNull(result.Geometry);
        Assert.True(result.Geometry.IsValid);
        Assert.Equal(100 + 50, result.Geometry.Area, 9);
    }

    [Fact]
    public void Run_MultiPolygonOfOverlappingValidParts_RepairedWithoutAPart()
    {
        var left = "((0 0, 10 0, 10 10, 0 10, 0 0))";
        var right = "((5 0, 15 0, 15 10, 5 10, 5 0))";

        var result = RepairGeometry.Run(Wkt.Read($"MULTIPOLYGON ({left}, {right})"));

        Assert.Equal(IssueKind.Repaired, result.Kind);
        Assert.Null(result.PartIndex);
        Assert.NotNull(result.Location);
        Assert.Equal(150, result.Geometry!.Area, 9);
    }
}
