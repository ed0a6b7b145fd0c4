using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Tests.Werken;

public sealed class WerksoortCatalogueTests
{
    private static readonly WerksoortCatalogue Catalogue = new(
    [
        new Werksoort("riolering", "Riolering vervangen of aanleggen", ["riool", "grp", "relining"]),
        new Werksoort("gasnet-vervangen", "Gasnet vervangen", ["gasnet", "gasnet vervangen"]),
        new Werksoort("gasnet-verwijderen", "Gasnet verwijderen", ["gasnet verwijderen"]),
    ]);

    [Theory]
    [InlineData("riolering", "riolering")]
    [InlineData("Riolering vervangen of aanleggen", "riolering")]
    [InlineData("GRP vervanging", "riolering")]
    [InlineData("rioolvervanging", "riolering")]
    [InlineData("Gasnet_Verwijderen", "gasnet-verwijderen")]
    [InlineData("gasnet verwijderen 2e fase", "gasnet-verwijderen")]
    [InlineData("gasnet", "gasnet-vervangen")]
    public void Match_FreeText_FindsTheKind(string text, string expected)
    {
        Assert.Equal(expected, Catalogue.Match(text)?.Id);
    }

    [Theory]
    [InlineData("zonnepanelen")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("begrip")]
    public void Match_UnknownOrEmpty_IsNull(string? text)
    {
        Assert.Null(Catalogue.Match(text));
    }
}
