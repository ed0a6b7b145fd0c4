using GeoOpgave.Web.Hosting;

namespace GeoOpgave.Web.Tests.Hosting;

public sealed class PageWarmupTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5000", "http://localhost:5000/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    public void LoopbackAddress_OfAnHttpEndpoint_IsItsLoopbackStartPage(string address, string expected)
    {
        Assert.Equal(new Uri(expected), PageWarmup.LoopbackAddress([address]));
    }

    [Fact]
    public void LoopbackAddress_BesideHttps_TakesTheHttpEndpoint()
    {
        Assert.Equal(
            new Uri("http://127.0.0.1:5000/"),
            PageWarmup.LoopbackAddress(["https://127.0.0.1:5001", "http://127.0.0.1:5000"])
        );
    }

    [Theory]
    [InlineData]
    [InlineData("https://127.0.0.1:5001")]
    [InlineData("http://unix:/run/geoopgave.sock")]
    public void LoopbackAddress_WithoutAnHttpEndpoint_IsNull(params string[] addresses)
    {
        Assert.Null(PageWarmup.LoopbackAddress(addresses));
    }
}
