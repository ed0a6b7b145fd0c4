using GeoOpgave.Application.Profiles;

namespace GeoOpgave.Application.Tests.Profiles;

public sealed class ProfileIdsTests
{
    [Fact]
    public void VersionId_FamilyAndNumber_JoinsWithV()
    {
        Assert.Equal("vaste-drempels-v12", ProfileIds.VersionId("vaste-drempels", 12));
    }

    [Theory]
    [InlineData("standaard", true)]
    [InlineData("vaste-drempels", true)]
    [InlineData("scenario-2030", true)]
    [InlineData("standaard-v2", false)]
    [InlineData("Standaard", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void IsValidFamily_Id_AcceptsOnlyUrlSafeNonVersionIds(string id, bool expected)
    {
        Assert.Equal(expected, ProfileIds.IsValidFamily(id));
    }
}
