using GeoOpgave.Application.Export;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Export;

public sealed class LayerFieldsTests
{
    private const string Fields = """
        [{"name":"naam","type":"text","missing":0},{"name":"klasse","type":"integer","missing":1},
         {"name":"diepte","type":"real","missing":0},{"name":"FID","type":"integer","missing":0},{"name":"code","type":"mixed","missing":0}]
        """;

    [Fact]
    public void Parse_ReservedName_IsPublishedWithSuffix()
    {
        var fields = LayerFields.Parse(Fields);

        Assert.Equal(["naam", "klasse", "diepte", "FID_bron", "code"], fields.Select(f => f.Name));
        Assert.Equal("FID", fields[3].SourceName);
    }

    [Fact]
    public void ToFeature_StoredJson_TypesByFieldAndKeepsMissingAsNull()
    {
        var fields = LayerFields.Parse(Fields);
        var stored = new LayerFeature(
            4,
            new WKTReader().Read("POINT (155000 463000)"),
            """{"naam":"A","diepte":2,"FID":12,"code":7}"""
        );

        var feature = LayerFields.ToFeature(stored, fields, "volgnummer");

        Assert.Equal(5L, feature.Attributes["volgnummer"]);
        Assert.Equal("A", feature.Attributes["naam"]);
        Assert.Null(feature.Attributes["klasse"]);
        Assert.Equal(2.0, Assert.IsType<double>(feature.Attributes["diepte"]));
        Assert.Equal(12L, feature.Attributes["FID_bron"]);
        Assert.Equal("7", feature.Attributes["code"]);
    }

    [Fact]
    public void IdAttribute_FieldNamedVolgnummer_GetsAnUnderscore()
    {
        var fields = LayerFields.Parse("""[{"name":"Volgnummer","type":"integer"}]""");

        Assert.Equal("_volgnummer", LayerFields.IdAttribute(fields));
    }
}
