using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class DutchTextTests
{
    [Theory]
    [InlineData("energie", "Energie", "de energieopgave")]
    [InlineData("klimaatadaptatie", "Klimaatadaptatie", "de klimaatopgave")]
    [InlineData("wonen", "Wonen", "de woonopgave")]
    [InlineData("sociaal", "Sociaal", "de sociale opgave")]
    [InlineData("groen-en-spelen", "Groen en spelen", "de opgave groen en spelen")]
    public void OpgaveNoun_ById_ReadsAsNaturalDutch(string id, string name, string expected)
    {
        Assert.Equal(expected, DutchText.OpgaveNoun(id, name));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a en b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b en c")]
    public void List_Items_JoinsTheDutchWay(string[] items, string expected)
    {
        Assert.Equal(expected, DutchText.List(items));
    }
}
