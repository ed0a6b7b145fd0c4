using GeoOpgave.Application.Import;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>The same import use case against PostGIS (binary COPY into a per-layer partition).</summary>
public sealed class PostgisImportServiceTests
{
    [Fact]
    public async Task ImportAsync_GeoJsonIntoPostgis_LandsAndReadsBack()
    {
        await using var workspace = await ImportTestWorkspace.PostgisAsync();
        var path = workspace.File("punten.geojson");
        await File.WriteAllTextAsync(path, ImportFixtures.RdGeoJson);

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var features = await workspace.FeaturesAsync(result.Layers[0].Id);
        Assert.Equal(2, features.Count);
        Assert.Equal(28992, features[0].Geometry.SRID);
        Assert.Contains("\"woz\": null", features[0].AttributesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RejectedGeoPackageLayerOnPostgis_LeavesNoLayerAndNoRows()
    {
        await using var workspace = await ImportTestWorkspace.PostgisAsync();
        var path = ImportFixtures.GeoPackage(
            workspace.File("mix.gpkg"),
            ImportFixtures.Layer("goed", "POINT (150000 460000)"),
            ImportFixtures.Layer("buitenland", "POINT (900000 460000)"));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.False(result.Imported);
        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(0, await workspace.FeatureRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_CodeTableIntoPostgis_LandsIndicatorValues()
    {
        await using var workspace = await ImportTestWorkspace.PostgisAsync();
        await workspace.SeedBuurtenAsync(2023, [], "BU03630001");
        var path = workspace.File("t.csv");
        await File.WriteAllTextAsync(path, "code,woz,leegstand\nBU03630001,312,-99999997\nBU03630009,3,1\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        Assert.Equal(["BU03630009"], result.Reports[0].UnmatchedCodes);
        // "woz" is the KWB shapefile name of the WOZ value; the CBS sentinel is unknown and not stored.
        Assert.Equal(
            new IndicatorValue("BU03630001", "gemiddelde_woningwaarde", 2023, 312) { Source = "t" },
            Assert.Single(await workspace.IndicatorValuesAsync(2023))
        );
    }
}
